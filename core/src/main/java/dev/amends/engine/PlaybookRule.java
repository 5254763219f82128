package dev.amends.engine;

/**
 * One rule of an advisor's playbook.
 *
 * @param name       the rule's name
 * @param location   where it is written, as {@code file:line}
 * @param conditions its conditions as written after {@code when}, on one line
 */
public record PlaybookRule(String name, String location, String conditions) {
}
