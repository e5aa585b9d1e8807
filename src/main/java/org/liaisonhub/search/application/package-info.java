/**
 * The unified search over all five kinds of entries (docs/search.md): the lean text query ({@code TextQuery}),
 * typos and corrections from the term dictionary ({@code Spelling}, {@code TermDictionary}, {@code DidYouMean}),
 * filters, facets, highlights, suggestions, the result cache ({@code CachedSearch}); keeping the index in step with
 * the database ({@code IndexMaintenance}, checked at startup by {@code IndexCheckAtStartup}).
 */
package org.liaisonhub.search.application;
