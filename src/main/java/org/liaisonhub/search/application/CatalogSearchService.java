package org.liaisonhub.search.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
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
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.platform.Pages;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.search.analysis.LiaisonAnalyzers;
import org.liaisonhub.search.analysis.LuceneAnalyzerChains;
import org.liaisonhub.security.Viewer;

/**
 * The one search box: a single query over the four indexes, the viewer's visibility and the workflow status
 * applied as index filters (so hits, totals, facet counts, suggestions, highlights and did-you-mean never
 * include what the viewer may not see), hits read from the index (projections, no entity loading), facet
 * counts that follow the query, synonyms and typo tolerance (docs/search.md).
 */
@ApplicationScoped
public class CatalogSearchService {

    static final List<Class<? extends CatalogEntry>> INDEXED = List.of(Authority.class, ContactPoint.class,
            NetworkResource.class, GoodPractice.class);

    public static final int MAX_SUGGESTIONS = 10;
    static final int MAX_SUGGEST_LENGTH = 100;

    static {
        // Fields, language copies and synonyms multiply the clauses of a query; 32 words stay well below this.
        if (IndexSearcher.getMaxClauseCount() < 16_384) {
            IndexSearcher.setMaxClauseCount(16_384);
        }
    }

    /** Facet name → index field. A facet's own filter is left out when counting that facet (multi-select). */
    enum Facet {
        TYPE("type"), COUNTRY("country"), COMPETENCE("competence"), NETWORK("network"), LANGUAGE("language"),
        ICT("ict"), CHALLENGE("challenge");

        final String name;

        Facet(String name) {
            this.name = name;
        }

        Set<String> selected(SearchRequest request) {
            return switch (this) {
                case TYPE -> Set.copyOf(request.types().stream().map(EntryType::code).toList());
                case COUNTRY -> request.countries();
                default -> request.filter(name);
            };
        }
    }

    private final EntityManager em;
    private final Synonyms synonyms;

    CatalogSearchService() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public CatalogSearchService(EntityManager em) {
        this(em, em == null ? null : Synonyms.load());
    }

    /** With a synonym list already read (the benchmark harness: one service per persistence context). */
    public CatalogSearchService(EntityManager em, Synonyms synonyms) {
        this.em = em;
        this.synonyms = synonyms;
    }

    @Transactional
    public SearchResults search(SearchRequest request, Viewer viewer) {
        SearchSession session = Search.session(em);
        SearchScope<CatalogEntry> scope = session.scope(INDEXED);
        TextQuery.Plan plan = TextQuery.Plan.of(request.browsing() ? "" : request.text(), synonyms);
        Spelling spelling = Spelling.lookUp(scope, plan.words());
        Function<SearchPredicateFactory, SearchPredicate> text = f -> TextQuery.predicate(f, plan, spelling);
        List<String> highlighted = new ArrayList<>(plan.alternatives());
        highlighted.add(0, request.text());
        Highlights highlights = new Highlights(request.browsing() ? List.of() : highlighted);
        try {
            Map<Facet, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
            for (Facet facet : Facet.values()) {
                keys.put(facet, AggregationKey.of(facet.name));
            }
            var query = session.search(scope)
                    .select(f -> f.composite()
                            .from(f.field("type", String.class), f.field("key", String.class),
                                    f.field("title", String.class), f.field("summary", String.class),
                                    f.field("country", String.class))
                            .asList(row -> toHit(row, highlights)))
                    .where(f -> filtered(f, text, request, viewer, null))
                    .sort(f -> sort(f, request));
            for (Facet facet : Facet.values()) {
                query = query.aggregation(keys.get(facet),
                        f -> f.terms().field(facet.name, String.class, ValueModel.INDEX).maxTermCount(300));
            }
            SearchResult<SearchHit> result = query.fetch(request.offset(), request.size());

            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            for (Facet facet : Facet.values()) {
                facets.put(facet.name, facet.selected(request).isEmpty() ? result.aggregation(keys.get(facet))
                        : countWithout(session, scope, text, request, viewer, facet));
            }
            String didYouMean = request.browsing() ? null
                    : didYouMean(session, scope, request, viewer, spelling, result.total().hitCount());
            return new SearchResults(result.total().hitCount(), request.page(), request.size(), result.hits(),
                    facets, didYouMean);
        } catch (SearchException e) {
            if (causedByTooManyClauses(e)) {
                throw new InvalidSearchException("The search is too complex; use fewer or longer words.");
            }
            throw e;
        }
    }

    /**
     * Up to {@value #MAX_SUGGESTIONS} entries whose name, acronym or local name has words starting with the
     * words of {@code prefix} (folded: "aklag" finds Åklagarmyndigheten), best first; the viewer's visibility
     * and workflow status apply. Fewer than two characters suggest nothing.
     */
    @Transactional
    public List<Suggestion> suggest(String prefix, Viewer viewer) {
        String text = SearchText.clean(prefix);
        if (text.codePointCount(0, text.length()) < 2) {
            return List.of();
        }
        if (text.length() > MAX_SUGGEST_LENGTH) {
            text = text.substring(0, MAX_SUGGEST_LENGTH);
            if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                text = text.substring(0, text.length() - 1);
            }
        }
        String words = String.join(" ", words(text));
        if (words.isBlank()) {
            return List.of();
        }
        SearchSession session = Search.session(em);
        SearchRequest none = SearchRequest.of("");
        return session.search(session.scope(INDEXED))
                .select(f -> f.composite()
                        .from(f.field("title", String.class), f.field("type", String.class),
                                f.field("key", String.class))
                        .as(Suggestion::new))
                .where(f -> filtered(f, g -> g.simpleQueryString()
                        .field("acronym_suggest").boost(4f)
                        .field("title_suggest").boost(3f)
                        .field("localName_suggest").boost(2f)
                        .matching(words)
                        .defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.WHITESPACE)
                        .toPredicate(), none, viewer, null))
                .sort(f -> f.composite(c -> c.add(f.score()).add(f.field("title_sort")).add(f.field("key"))))
                .fetchHits(MAX_SUGGESTIONS);
    }

    private Map<String, Long> countWithout(SearchSession session, SearchScope<CatalogEntry> scope,
            Function<SearchPredicateFactory, SearchPredicate> text, SearchRequest request, Viewer viewer,
            Facet facet) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name);
        return session.search(scope)
                .where(f -> filtered(f, text, request, viewer, facet))
                .aggregation(key, f -> f.terms().field(facet.name, String.class, ValueModel.INDEX).maxTermCount(300))
                .fetch(0)
                .aggregation(key);
    }

    /**
     * A better spelling of the query, shown when a word of it is unknown to the index or nothing matched: the
     * dictionary's correction from the look-up the query was built with ({@link Spelling}), offered only when it has hits the viewer
     * may see. A backend without native Lucene queries reads candidates from fuzzy hits instead.
     */
    private String didYouMean(SearchSession session, SearchScope<CatalogEntry> scope, SearchRequest request,
            Viewer viewer, Spelling spelling, long total) {
        if (spelling.lookedUp()) {
            if (spelling.unknownWords().isEmpty()) {
                return null;
            }
            return spelling.corrected().filter(s -> hasExactHits(session, scope, request.withText(s), viewer))
                    .orElse(null);
        }
        if (total > 0 && hasExactHits(session, scope, request, viewer)) {
            return null;
        }
        return searchDidYouMean(session, scope, request, viewer);
    }

    /**
     * Whether the words as typed, without typo tolerance, have a hit the viewer may see (synonyms still count:
     * they are no misspelling). Asks for one hit in index order and no exact total, so Lucene stops at the first
     * match instead of scoring every one.
     */
    private boolean hasExactHits(SearchSession session, SearchScope<CatalogEntry> scope, SearchRequest request,
            Viewer viewer) {
        TextQuery.Plan plan = TextQuery.Plan.of(request.text(), synonyms);
        return !session.search(scope)
                .select(f -> f.field("key", String.class))
                .where(f -> filtered(f, g -> TextQuery.predicate(g, plan, null), request, viewer, null))
                .sort(f -> f.indexOrder())
                .totalHitCountThreshold(1)
                .fetchHits(1)
                .isEmpty();
    }

    /**
     * A spelling of the query whose words all occur in entries the viewer may see: each word of the query that
     * no visible entry has is replaced by the closest word (up to two edits) of the visible entries that match
     * it fuzzily. Null when there is none, or when the new spelling has no exact hits either.
     */
    private String searchDidYouMean(SearchSession session, SearchScope<CatalogEntry> scope, SearchRequest request,
            Viewer viewer) {
        List<String> words = words(request.text());
        boolean onlyCodes = words.stream().allMatch(w -> w.chars().anyMatch(Character::isDigit));
        if (words.isEmpty() || words.size() > 8 || onlyCodes) {
            return null;
        }
        List<List<?>> rows = session.search(scope)
                .select(f -> f.composite().from(f.field("title", String.class), f.field("summary", String.class))
                        .asList())
                .where(f -> filtered(f, g -> {
                    BooleanPredicateClausesStep<?> any = g.bool();
                    for (String word : words) {
                        if (word.chars().anyMatch(Character::isDigit)) {
                            continue;
                        }
                        any.should(g.match().field("title").field("acronym").field("localName").field("summary")
                                .matching(word).fuzzy(word.length() < 4 ? 1 : 2, 0));
                    }
                    return any.toPredicate();
                }, request, viewer, null))
                .fetchHits(50);
        Map<String, String> surface = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        Analyzer folding = LuceneAnalyzerChains.get(LiaisonAnalyzers.SUGGEST_QUERY);
        for (List<?> row : rows) {
            for (Object value : row) {
                if (value instanceof String s) {
                    for (Highlights.Token token : Highlights.tokens(folding, s)) {
                        surface.putIfAbsent(token.term(), s.substring(token.start(), token.end()));
                        frequency.merge(token.term(), 1, Integer::sum);
                    }
                }
            }
        }
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : words) {
            if (frequency.containsKey(word) || word.chars().anyMatch(Character::isDigit)) {
                corrected.add(surface.getOrDefault(word, word));
                continue;
            }
            int max = word.length() < 4 ? 1 : 2;
            String best = null;
            int bestDistance = max + 1;
            for (String candidate : frequency.keySet()) {
                int distance = Typos.distance(word, candidate, max);
                if (distance < bestDistance || distance == bestDistance && best != null
                        && frequency.get(candidate) > frequency.get(best)) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            if (best == null || bestDistance > max) {
                corrected.add(word);
            } else {
                corrected.add(surface.get(best));
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        String suggestion = String.join(" ", corrected);
        return hasExactHits(session, scope, request.withText(suggestion), viewer) ? suggestion : null;
    }

    /** The text query, the viewer's visibility and status, and every facet filter except {@code leaveOut}. */
    private static PredicateFinalStep filtered(SearchPredicateFactory f,
            Function<SearchPredicateFactory, SearchPredicate> text, SearchRequest request, Viewer viewer,
            Facet leaveOut) {
        BooleanPredicateClausesStep<?> bool = f.bool().must(text.apply(f));
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
                    any.should(f.match().field(facet.name).matching(value, ValueModel.INDEX));
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
    private static void excludeContactsOfHiddenAuthorities(SearchPredicateFactory f,
            BooleanPredicateClausesStep<?> bool, Viewer viewer) {
        if (viewer.visibleLevels().containsAll(EnumSet.allOf(Visibility.class))) {
            return;
        }
        bool.filter(f.bool()
                .should(f.bool().must(f.matchAll()).mustNot(f.match().field("type")
                        .matching(EntryType.CONTACT.code(), ValueModel.INDEX)))
                .should(anyOf(f, "authority.visibility", List.copyOf(viewer.visibleLevels()))));
    }

    /** The folded words of a text (at most 32). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Highlights.Token token : Highlights.tokens(LuceneAnalyzerChains.get(LiaisonAnalyzers.SUGGEST_QUERY),
                text)) {
            if (out.size() < SearchRequest.MAX_TERMS) {
                out.add(token.term());
            }
        }
        return out;
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
            case VERIFIED -> f.composite(c -> c.add(f.field("last_verified").desc().missing().last())
                    .add(f.field("title_sort")).add(f.field("key")));
        };
    }

    private static SearchHit toHit(List<?> row, Highlights highlights) {
        String type = (String) row.get(0);
        String key = (String) row.get(1);
        String title = (String) row.get(2);
        String summary = (String) row.get(3);
        String country = (String) row.get(4);
        EntryType entryType = EntryType.fromCode(type).orElseThrow();
        return new SearchHit(type, key, title, highlights.snippet(summary), country,
                Pages.detailOf(entryType, key));
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
