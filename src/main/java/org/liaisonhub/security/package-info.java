/** The current viewer and the visibility rule every read path applies (roles: {@code domain.Role}). */
package org.liaisonhub.security;
