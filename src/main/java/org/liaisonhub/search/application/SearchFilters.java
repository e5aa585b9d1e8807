package org.liaisonhub.search.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.search.application.SearchFacets.Facet;
import org.liaisonhub.security.Viewer;

/**
 * What every search query adds to its text: the viewer's visibility and workflow status, and the selected facet
 * values, all as index filters, so that hits, totals, facet counts, suggestions, highlights and did-you-mean never
 * include what the viewer may not see.
 */
final class SearchFilters {

    private SearchFilters() {}

    /**
     * The text, the viewer's visibility and status, and every facet filter except {@code leaveOut} (may be null).
     * {@code scored}: the text ranks the hits (a must clause); otherwise it only filters (no scoring, for counts).
     */
    static PredicateFinalStep of(
            SearchPredicateFactory f,
            SearchPredicate text,
            SearchRequest request,
            Viewer viewer,
            Facet leaveOut,
            boolean scored) {
        BooleanPredicateClausesStep<?> bool =
                scored ? f.bool().must(text) : f.bool().filter(text);
        bool.filter(anyOf(f, "visibility", List.copyOf(viewer.visibleLevels())));
        excludeContactsOfHiddenAuthorities(f, bool, viewer);
        // Editorial workflow: what is not PUBLISHED is left out for non-editors. Written as "none of the other
        // statuses" so documents indexed before the status field existed (all published) still match.
        Set<PublicationStatus> hidden = EnumSet.complementOf(EnumSet.copyOf(viewer.visibleStatuses()));
        if (!hidden.isEmpty()) {
            bool.mustNot(anyOf(f, "status", List.copyOf(hidden)));
            bool.mustNot(anyOf(f, "authority.status", List.copyOf(hidden))); // a contact of a draft authority
        }
        for (Facet facet : Facet.values()) {
            Set<String> selected = facet.selected(request);
            if (facet != leaveOut && !selected.isEmpty()) {
                BooleanPredicateClausesStep<?> any = f.bool();
                for (String value : selected) {
                    any.should(f.match().field(facet.field).matching(value, ValueModel.INDEX));
                }
                bool.filter(any);
            }
        }
        return bool;
    }

    /**
     * A contact's effective visibility is the stricter of its own and its authority's (it names the authority), so
     * a contact document must also have its authority's level among the viewer's. Written to fail closed: a contact
     * document indexed before {@code authority.visibility} existed is left out for readers until the index is
     * rebuilt, rather than shown whatever its authority. Other kinds of documents are not concerned.
     */
    private static void excludeContactsOfHiddenAuthorities(
            SearchPredicateFactory f, BooleanPredicateClausesStep<?> bool, Viewer viewer) {
        if (viewer.visibleLevels().containsAll(EnumSet.allOf(Visibility.class))) {
            return;
        }
        bool.filter(f.bool()
                .should(f.bool()
                        .must(f.matchAll())
                        .mustNot(f.match().field("type").matching(EntryType.CONTACT.code(), ValueModel.INDEX)))
                .should(anyOf(f, "authority.visibility", List.copyOf(viewer.visibleLevels()))));
    }

    private static SearchPredicate anyOf(SearchPredicateFactory f, String field, List<?> values) {
        BooleanPredicateClausesStep<?> any = f.bool();
        for (Object value : values) {
            any.should(f.match().field(field).matching(value));
        }
        return any.toPredicate();
    }
}
