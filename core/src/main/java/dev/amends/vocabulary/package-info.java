/**
 * A playbook's vocabulary: the built-in names and what a folder's {@code vocabulary.yaml} declares
 * (facts, actions, owners, things to avoid), read and checked, and made into the Drools types its
 * rules match. {@link dev.amends.vocabulary.PlaybookVocabulary} and
 * {@link dev.amends.vocabulary.DeclaredFact} are what a caller reads; the rest is internal.
 */
package dev.amends.vocabulary;
