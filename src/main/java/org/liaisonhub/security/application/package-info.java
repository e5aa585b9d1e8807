/**
 * Signing in: the identity store over the application's users, the sign-in throttle, user management; the first
 * administrator at startup ({@code AdminAtStartup}).
 */
package org.liaisonhub.security.application;
