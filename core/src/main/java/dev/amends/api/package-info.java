/**
 * The library's entry point and what it answers: build a {@link dev.amends.api.RecoveryAdvisor},
 * hand it an {@link dev.amends.model.Incident}, and read the {@link dev.amends.api.RecoveryPlan},
 * the {@link dev.amends.api.Explanation} of how it was made, the playbook's rules and version, and
 * the errors ({@link dev.amends.api.PlaybookCompilationException},
 * {@link dev.amends.api.RuleEvaluationException}) as values a caller can read.
 */
package dev.amends.api;
