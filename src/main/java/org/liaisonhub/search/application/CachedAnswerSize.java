package org.liaisonhub.search.application;

import java.util.List;
import java.util.Map;

/**
 * A cheap upper estimate of the heap an answer holds (strings at two bytes a character plus object headers),
 * so the cache can refuse answers above a byte limit: entries × that limit bounds the cache's memory without
 * serialising every answer, which Infinispan's byte-sized memory would do on every put and read.
 */
final class CachedAnswerSize {

    static final long OBJECT = 48;

    private CachedAnswerSize() {}

    static long of(SearchResults results) {
        long bytes = OBJECT * 2 + chars(results.didYouMean());
        for (SearchHit hit : results.hits()) {
            bytes += OBJECT
                    + chars(hit.type())
                    + chars(hit.key())
                    + chars(hit.title())
                    + chars(hit.snippet())
                    + chars(hit.country());
        }
        for (Map.Entry<String, Map<String, Long>> facet : results.facets().entrySet()) {
            bytes += OBJECT + chars(facet.getKey());
            for (String value : facet.getValue().keySet()) {
                bytes += OBJECT + chars(value);
            }
        }
        return bytes;
    }

    static long of(List<Suggestion> suggestions) {
        long bytes = OBJECT;
        for (Suggestion s : suggestions) {
            bytes += OBJECT + chars(s.text()) + chars(s.type()) + chars(s.key());
        }
        return bytes;
    }

    private static long chars(String s) {
        return s == null ? 0 : OBJECT + 2L * s.length();
    }
}
