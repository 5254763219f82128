/**
 * Internal, not part of the API (it may change in any release): watching rule folders and telling
 * the advisor when they have changed and settled, so that it can reload them whole.
 */
package dev.amends.reload;
