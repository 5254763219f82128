/**
 * Internal, not part of the API (it may change in any release): reading rule sources, checking
 * them beyond what Drools checks, and compiling them with Drools' public builder API, or loading
 * the default playbook as the build precompiled it. Public types here are seams for the library's
 * other packages and modules.
 */
package dev.amends.compile;
