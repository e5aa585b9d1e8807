/** User administration over HTTP for admins: {@code /api/admin/users}. */
package org.liaisonhub.security.rest;
