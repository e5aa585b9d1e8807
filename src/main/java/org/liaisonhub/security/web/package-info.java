/** Signing in and out over HTTP: the authentication mechanism, the sign-in page, security headers. */
package org.liaisonhub.security.web;
