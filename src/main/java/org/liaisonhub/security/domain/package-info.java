/** The application's roles, and the users who can sign in with them. */
package org.liaisonhub.security.domain;
