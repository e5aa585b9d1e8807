/** Platform API: {@code GET /api/health}. */
package org.liaisonhub.platform.rest;
