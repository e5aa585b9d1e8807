package org.liaisonhub.search.web;

/** One value of a facet as the results page shows it: label, count, whether selected, and the link to toggle it. */
public record FacetChoice(String value, String label, long count, boolean active, String url) {}
