package org.liaisonhub.search.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.liaisonhub.catalog.EntryType;

/**
 * The facet counts of a search. Every facet is counted from doc values in the main query's own collection pass;
 * a facet with a selected value is counted without its own filter (multi-select: the other values stay
 * choosable), which needs a count of its own, without scoring, sorting or hits.
 */
final class SearchFacets {

    /** The most values a facet counts (the countries are the longest list, under 250). */
    static final int MAX_VALUES = 300;

    /** Facet name → index field. */
    enum Facet {
        TYPE("type"),
        COUNTRY("country"),
        COMPETENCE("competence"),
        NETWORK("network"),
        LANGUAGE("language"),
        ICT("ict"),
        CHALLENGE("challenge"),
        AVAILABILITY("availability");

        final String field;
        final AggregationKey<Map<String, Long>> key;

        Facet(String field) {
            this.field = field;
            this.key = AggregationKey.of(field);
        }

        Set<String> selected(SearchRequest request) {
            return switch (this) {
                case TYPE ->
                    Set.copyOf(request.types().stream().map(EntryType::code).toList());
                case COUNTRY -> request.countries();
                default -> request.filter(field);
            };
        }
    }

    private SearchFacets() {}

    /** The aggregation that counts one facet's values, capped at {@link #MAX_VALUES}. */
    static AggregationFinalStep<Map<String, Long>> counts(SearchAggregationFactory f, Facet facet) {
        return f.terms().field(facet.field, String.class, ValueModel.INDEX).maxTermCount(MAX_VALUES);
    }

    /** The facets the main query's counts do not answer: those with a selected value. */
    static List<Facet> countedWithoutOwnFilter(SearchRequest request) {
        return List.of(Facet.values()).stream()
                .filter(facet -> !facet.selected(request).isEmpty())
                .toList();
    }

    /**
     * Facet name → value → count, in facet order: from the main query where no value of the facet is selected,
     * otherwise from {@code countWithout}, asked once per such facet.
     */
    static Map<String, Map<String, Long>> merge(
            SearchRequest request,
            Function<Facet, Map<String, Long>> fromMain,
            Function<Facet, Map<String, Long>> countWithout) {
        List<Facet> own = countedWithoutOwnFilter(request);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.field, own.contains(facet) ? countWithout.apply(facet) : fromMain.apply(facet));
        }
        return facets;
    }
}
