package dev.amends.engine;

import java.util.List;

/**
 * The outcome of a reload.
 *
 * @param applied  whether the new playbook now serves requests
 * @param version  the version serving requests after the reload; the first playbook is version 1
 * @param problems why the new playbook was rejected; empty when it was applied
 */
public record ReloadResult(boolean applied, int version, List<PlaybookProblem> problems) {

    public ReloadResult {
        problems = List.copyOf(problems);
    }
}
