/**
 * The language of rule consequences: {@link dev.amends.dsl.PlanDraft}, the global {@code plan}
 * every rule file declares ({@code global dev.amends.dsl.PlanDraft plan;}). Its name is stable
 * across releases.
 */
package dev.amends.dsl;
