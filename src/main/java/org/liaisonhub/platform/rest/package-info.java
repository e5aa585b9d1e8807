/** Platform API: {@code GET /api/health}; the rate-limit mapper; the API's one JSON-B instance ({@code SharedJsonb}). */
package org.liaisonhub.platform.rest;
