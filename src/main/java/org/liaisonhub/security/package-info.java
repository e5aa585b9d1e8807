/** Roles, the current viewer, and the visibility rule every read path applies. */
package org.liaisonhub.security;
