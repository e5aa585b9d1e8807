package org.liaisonhub.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.platform.ServerTiming;
import org.liaisonhub.platform.ServerTiming.Part;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.search.analysis.LuceneAnalyzerChains;
import org.liaisonhub.search.application.SearchFacets.Facet;
import org.liaisonhub.security.Viewer;

/**
 * The one search box: a single query over the five indexes, the viewer's visibility and the workflow status
 * applied as index filters ({@link SearchFilters}), hits read from the index (projections, no entity loading, so
 * no transaction and no persistence context of the container: a search session over a plain entity manager that
 * never touches the database), facet counts from the same pass ({@link SearchFacets}), highlights on the page's
 * hits only ({@link HitPage}), synonyms and typo tolerance (docs/search.md), "did you mean" ({@link DidYouMean}).
 * Each part's time goes to {@link ServerTiming}.
 */
@ApplicationScoped
public class CatalogSearchService {

    static final List<Class<? extends CatalogEntry>> INDEXED = List.of(
            Authority.class, ContactPoint.class, NetworkResource.class, GoodPractice.class, ProcedureSheet.class);

    public static final int MAX_SUGGESTIONS = Suggestions.MAX;
    static final int MATCH_BATCH = 1000;

    static {
        // Fields, language copies and synonyms multiply the clauses of a query; 32 words stay well below this.
        if (IndexSearcher.getMaxClauseCount() < 16_384) {
            IndexSearcher.setMaxClauseCount(16_384);
        }
    }

    private final EntityManagerFactory emf;
    private final Synonyms synonyms;
    private final DidYouMean didYouMean;
    /** Built once: a scope of the mapping serves every session. */
    private volatile SearchScope<CatalogEntry> scope;
    /** Whether the index is the embedded Lucene one, whose term dictionary {@link Spelling} reads; set with scope. */
    private volatile boolean embeddedLucene;

    CatalogSearchService() {
        this((EntityManagerFactory) null, null); // for CDI's client proxy only
    }

    @Inject
    public CatalogSearchService(EntityManager em) {
        this(em.getEntityManagerFactory(), Synonyms.load());
    }

    /** With a synonym list already read (the benchmark harness). */
    public CatalogSearchService(EntityManagerFactory emf, Synonyms synonyms) {
        this.emf = emf;
        this.synonyms = synonyms;
        this.didYouMean = new DidYouMean(synonyms);
    }

    /** Over {@code em}'s factory: the entity manager itself is not used (searches open their own). */
    public CatalogSearchService(EntityManager em, Synonyms synonyms) {
        this(em.getEntityManagerFactory(), synonyms);
    }

    public SearchResults search(SearchRequest request, Viewer viewer) {
        // An entity manager of our own, outside any JTA transaction: it opens no connection, since hits are
        // projections read from the index; cheaper than a transaction and the container's persistence context.
        try (EntityManager em = emf.createEntityManager()) {
            SearchSession session = Search.session(em);
            SearchScope<CatalogEntry> scope = scope();
            long start = System.nanoTime();
            TextQuery.Plan plan = TextQuery.Plan.of(request.browsing() ? "" : request.text(), synonyms);
            Spelling spelling = spelling(scope, plan);
            SearchPredicate text = TextQuery.predicate(scope.predicate(), plan, spelling);
            var options = session.search(scope)
                    .select(HitPage::projection)
                    .where(f -> SearchFilters.of(f, text, request, viewer, null, true))
                    .sort(f -> HitPage.sort(f, request));
            for (Facet facet : Facet.values()) {
                options = options.aggregation(facet.key, f -> SearchFacets.counts(f, facet));
            }
            SearchQuery<List<?>> query = options.toQuery(); // the Lucene query: parsed, analysed
            long built = System.nanoTime();
            ServerTiming.add(Part.TEXT, built - start);

            SearchResult<List<?>> result = query.fetch(request.offset(), request.size());
            long searched = System.nanoTime();
            ServerTiming.add(Part.LUCENE, searched - built);

            Map<String, Map<String, Long>> facets = SearchFacets.merge(
                    request,
                    facet -> result.aggregation(facet.key),
                    facet -> countWithout(session, scope, text, request, viewer, facet));
            long counted = System.nanoTime();
            ServerTiming.add(Part.FACETS, counted - searched);

            String correction = request.browsing()
                    ? null
                    : didYouMean.suggest(
                            session,
                            scope,
                            request,
                            viewer,
                            spelling,
                            result.total().hitCount());
            long spelled = System.nanoTime();
            ServerTiming.add(Part.SPELLING, spelled - counted);

            List<String> highlighted = new ArrayList<>();
            if (!request.browsing()) {
                highlighted.add(request.text());
                highlighted.addAll(plan.alternatives());
            }
            List<SearchHit> hits = HitPage.hits(result.hits(), highlighted, spelling.typoMatches());
            ServerTiming.add(Part.HIGHLIGHT, System.nanoTime() - spelled);
            return new SearchResults(
                    result.total().hitCount(), request.page(), request.size(), hits, facets, correction);
        } catch (SearchException e) {
            if (causedByTooManyClauses(e)) {
                throw new InvalidSearchException("The search is too complex; use fewer or longer words.");
            }
            throw e;
        }
    }

    /**
     * Which of the {@code candidates} (type → keys) are among the hits {@code viewer} would get for {@code request}
     * (text, facet filters, visibility and status; page and sort play no part), with their titles. For saved-search
     * alerts: the same query as {@link #search}, restricted to the entries just published, in one pass per
     * {@value #MATCH_BATCH} candidates.
     */
    public List<MatchedEntry> matchesAmong(
            SearchRequest request, Viewer viewer, Map<EntryType, ? extends Collection<String>> candidates) {
        List<List<Map.Entry<EntryType, String>>> batches = EntryMatching.batches(candidates, MATCH_BATCH);
        if (batches.isEmpty()) {
            return List.of();
        }
        try (EntityManager em = emf.createEntityManager()) {
            SearchScope<CatalogEntry> scope = scope();
            SearchPredicate text =
                    textPredicate(scope, TextQuery.Plan.of(request.browsing() ? "" : request.text(), synonyms));
            return EntryMatching.among(Search.session(em), scope, text, request, viewer, batches);
        }
    }

    /** See {@link Suggestions}: fewer than two characters suggest nothing. */
    public List<Suggestion> suggest(String prefix, Viewer viewer) {
        String words = Suggestions.words(prefix);
        if (words.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        try (EntityManager em = emf.createEntityManager()) {
            return Suggestions.find(Search.session(em), scope(), words, viewer);
        } finally {
            ServerTiming.add(Part.LUCENE, System.nanoTime() - start);
        }
    }

    private Spelling spelling(SearchScope<CatalogEntry> scope, TextQuery.Plan plan) {
        return embeddedLucene ? Spelling.lookUp(scope, plan.words()) : Spelling.notLookedUp(plan.words());
    }

    private SearchPredicate textPredicate(SearchScope<CatalogEntry> scope, TextQuery.Plan plan) {
        return TextQuery.predicate(scope.predicate(), plan, spelling(scope, plan));
    }

    private SearchScope<CatalogEntry> scope() {
        SearchScope<CatalogEntry> built = scope;
        if (built == null) {
            SearchMapping mapping = Search.mapping(emf);
            built = mapping.scope(INDEXED);
            embeddedLucene = Spelling.embeddedLucene(mapping);
            scope = built;
        }
        return built;
    }

    /**
     * A facet's counts without its own filter: the text only filters (no scores), no sort, no hits, no total.
     */
    private static Map<String, Long> countWithout(
            SearchSession session,
            SearchScope<CatalogEntry> scope,
            SearchPredicate text,
            SearchRequest request,
            Viewer viewer,
            Facet facet) {
        return session.search(scope)
                .where(f -> SearchFilters.of(f, text, request, viewer, facet, false))
                .aggregation(facet.key, f -> SearchFacets.counts(f, facet))
                .totalHitCountThreshold(0)
                .fetch(0)
                .aggregation(facet.key);
    }

    /** The folded words of a text (at most 32). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Highlights.Token token :
                Highlights.tokens(LuceneAnalyzerChains.get(LiaisonAnalyzers.SUGGEST_QUERY), text)) {
            if (out.size() < SearchRequest.MAX_TERMS) {
                out.add(token.term());
            }
        }
        return out;
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
