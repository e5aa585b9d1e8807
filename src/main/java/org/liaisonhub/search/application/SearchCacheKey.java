package org.liaisonhub.search.application;

import java.util.Set;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.security.Viewer;

/**
 * What a cached answer depends on, and nothing else: the question (a {@link SearchRequest}, whose sets and maps
 * compare regardless of order, or a suggestion prefix as {@link SearchText#clean} leaves it), what the viewer may
 * see (visibility levels and workflow statuses: the only parts of a {@link Viewer} the search reads, so an editor
 * and an admin share answers while a member and an anonymous visitor never do) and the search generation the
 * answer was computed under.
 * <p>
 * Case is not folded: the analysers would make "MLA" and "mla" find the same entries, but did-you-mean and the
 * highlighted words repeat the query as typed, so the answers differ.
 */
public record SearchCacheKey(
        Kind kind, Object question, Set<Visibility> levels, Set<PublicationStatus> statuses, String generation) {

    enum Kind {
        SEARCH,
        SUGGEST
    }

    public SearchCacheKey {
        levels = Set.copyOf(levels);
        statuses = Set.copyOf(statuses);
    }

    static SearchCacheKey search(SearchRequest request, Viewer viewer, String generation) {
        return new SearchCacheKey(Kind.SEARCH, request, viewer.visibleLevels(), viewer.visibleStatuses(), generation);
    }

    static SearchCacheKey suggest(String prefix, Viewer viewer, String generation) {
        return new SearchCacheKey(
                Kind.SUGGEST, SearchText.clean(prefix), viewer.visibleLevels(), viewer.visibleStatuses(), generation);
    }
}
