/**
 * The search API ({@code /api/search}, {@code /api/suggest}, the CSV export), index and cache administration, and
 * search errors as JSON ({@code SearchExceptionMappers}).
 */
package org.liaisonhub.search.rest;
