/**
 * Internal, not part of the API (it may change in any release): running a compiled playbook's rules
 * on an incident within the firing and time limits, and assembling what they wrote into a plan or
 * an explanation. Public types here are seams for the library's other packages and modules.
 */
package dev.amends.evaluate;
