/**
 * Platform API: {@code GET /api/health}; the rate-limit mapper; the API's one JSON-B instance ({@code SharedJsonb});
 * strict field types for request-body records ({@code StrictJson}).
 */
package org.liaisonhub.platform.rest;
