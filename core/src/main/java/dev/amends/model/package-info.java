/**
 * The facts of an incident and the built-in vocabulary that rules and plans share: the
 * {@link dev.amends.model.Incident} rules match, the enums of its facts, and the actions, owners,
 * things to avoid and timings a plan is written in. Rule files import this package.
 */
package dev.amends.model;
