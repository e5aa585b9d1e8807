/** Users who can sign in, with their roles. */
package org.liaisonhub.security.domain;
