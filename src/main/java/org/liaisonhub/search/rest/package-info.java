/**
 * The search API ({@code /api/search} as {@code SearchAnswer}: the results with each hit's page address,
 * {@code /api/suggest}, the CSV export), index and cache administration, and search errors as JSON
 * ({@code SearchExceptionMappers}).
 */
package org.liaisonhub.search.rest;
