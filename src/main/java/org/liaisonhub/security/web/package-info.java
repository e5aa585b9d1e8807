/**
 * Signing in and out over HTTP: the authentication mechanism, the sign-in page, security headers, and who may open
 * which page ({@code PageAccess}, enforced by {@code PageAccessFilter}: a page without a rule is refused).
 */
package org.liaisonhub.security.web;
