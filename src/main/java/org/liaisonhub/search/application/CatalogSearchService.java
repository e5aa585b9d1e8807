package org.liaisonhub.search.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.platform.Pages;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.security.Viewer;

/**
 * The one search box: a single query over the four indexes, the viewer's visibility applied as an index
 * filter, hits read from the index (projections, no entity loading) and facet counts that follow the query.
 */
@ApplicationScoped
public class CatalogSearchService {

    static final List<Class<? extends CatalogEntry>> INDEXED = List.of(Authority.class, ContactPoint.class,
            NetworkResource.class, GoodPractice.class);

    /** Facet name → index field. A facet's own filter is left out when counting that facet (multi-select). */
    enum Facet {
        TYPE("type", "type"),
        COUNTRY("country", "country");

        final String name;
        final String field;

        Facet(String name, String field) {
            this.name = name;
            this.field = field;
        }
    }

    private final EntityManager em;

    CatalogSearchService() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public CatalogSearchService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public SearchResults search(SearchRequest request, Viewer viewer) {
        SearchSession session = Search.session(em);
        SearchScope<CatalogEntry> scope = session.scope(INDEXED);
        try {
            AggregationKey<Map<String, Long>> typeKey = AggregationKey.of("type");
            AggregationKey<Map<String, Long>> countryKey = AggregationKey.of("country");
            SearchResult<SearchHit> result = session.search(scope)
                    .select(f -> f.composite()
                            .from(f.field("type", String.class), f.field("key", String.class),
                                    f.field("title", String.class), f.field("summary", String.class),
                                    f.field("country", String.class))
                            .asList(CatalogSearchService::toHit))
                    .where(f -> filtered(f, request, viewer, null))
                    .sort(f -> sort(f, request))
                    .aggregation(typeKey, f -> f.terms().field("type", String.class).maxTermCount(10))
                    .aggregation(countryKey, f -> f.terms().field("country", String.class).maxTermCount(300))
                    .fetch(request.offset(), request.size());

            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            facets.put(Facet.TYPE.name, request.types().isEmpty() ? result.aggregation(typeKey)
                    : countWithout(session, scope, request, viewer, Facet.TYPE));
            facets.put(Facet.COUNTRY.name, request.countries().isEmpty() ? result.aggregation(countryKey)
                    : countWithout(session, scope, request, viewer, Facet.COUNTRY));
            return new SearchResults(result.total().hitCount(), request.page(), request.size(), result.hits(),
                    facets);
        } catch (SearchException e) {
            if (causedByTooManyClauses(e)) {
                throw new InvalidSearchException("The search is too complex; use fewer or longer words.");
            }
            throw e;
        }
    }

    private Map<String, Long> countWithout(SearchSession session, SearchScope<CatalogEntry> scope,
            SearchRequest request, Viewer viewer, Facet facet) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name);
        return session.search(scope)
                .where(f -> filtered(f, request, viewer, facet))
                .aggregation(key, f -> f.terms().field(facet.field, String.class).maxTermCount(300))
                .fetch(0)
                .aggregation(key);
    }

    /** The text query, the viewer's visibility and every facet filter except {@code leaveOut}. */
    private PredicateFinalStep filtered(SearchPredicateFactory f, SearchRequest request, Viewer viewer,
            Facet leaveOut) {
        BooleanPredicateClausesStep<?> bool = f.bool().must(text(f, request.text()));
        bool.filter(anyOf(f, "visibility", List.copyOf(viewer.visibleLevels())));
        // Editorial workflow: what is not PUBLISHED is left out for non-editors. Written as "none of the other
        // statuses" so documents indexed before the status field existed (all published) still match.
        Set<PublicationStatus> hidden = EnumSet.complementOf(EnumSet.copyOf(viewer.visibleStatuses()));
        if (!hidden.isEmpty()) {
            bool.mustNot(anyOf(f, "status", List.copyOf(hidden)));
            bool.mustNot(anyOf(f, "authority.status", List.copyOf(hidden))); // a contact of a draft authority
        }
        if (leaveOut != Facet.TYPE && !request.types().isEmpty()) {
            bool.filter(anyOf(f, "type", request.types().stream().map(EntryType::code).toList()));
        }
        if (leaveOut != Facet.COUNTRY && !request.countries().isEmpty()) {
            bool.filter(anyOf(f, "country", List.copyOf(request.countries())));
        }
        return bool;
    }

    private static SearchPredicate text(SearchPredicateFactory f, String text) {
        if (text.isEmpty()) {
            return f.matchAll().toPredicate();
        }
        // simpleQueryString never fails on syntax: quotes, lone operators and stray brackets are taken as text.
        return f.simpleQueryString()
                .field("acronym").boost(6f)
                .field("title").boost(5f)
                .field("localName").boost(4f)
                .field("title_text").boost(3f)
                .field("authority.title").boost(2f)
                .field("authority.localName").boost(2f)
                .field("network_text").boost(1.5f)
                .field("summary").boost(1.5f)
                .field("operator")
                .field("body")
                .field("answers.answer")
                .matching(text)
                .toPredicate();
    }

    private static SearchPredicate anyOf(SearchPredicateFactory f, String field, List<?> values) {
        BooleanPredicateClausesStep<?> any = f.bool();
        for (Object value : values) {
            any.should(f.match().field(field).matching(value));
        }
        return any.toPredicate();
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchRequest request) {
        SearchSort sort = request.browsing() && request.sort() == SearchSort.RELEVANCE ? SearchSort.NAME
                : request.sort();
        return switch (sort) {
            case RELEVANCE -> f.composite(c -> c.add(f.score()).add(f.field("title_sort")).add(f.field("key")));
            case NAME -> f.composite(c -> c.add(f.field("title_sort")).add(f.field("key")));
            case COUNTRY -> f.composite(c -> c.add(f.field("country").missing().last())
                    .add(f.field("title_sort")).add(f.field("key")));
        };
    }

    private static SearchHit toHit(List<?> row) {
        String type = (String) row.get(0);
        String key = (String) row.get(1);
        String title = (String) row.get(2);
        String summary = (String) row.get(3);
        String country = (String) row.get(4);
        EntryType entryType = EntryType.fromCode(type).orElseThrow();
        return new SearchHit(type, key, title, Snippets.excerpt(summary), country, Pages.detailOf(entryType, key));
    }

    private static boolean causedByTooManyClauses(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IndexSearcher.TooManyClauses) {
                return true;
            }
        }
        return false;
    }
}
