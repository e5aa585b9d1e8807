/** Signing in: the identity store over the application's users, the sign-in throttle, user management. */
package org.liaisonhub.security.application;
