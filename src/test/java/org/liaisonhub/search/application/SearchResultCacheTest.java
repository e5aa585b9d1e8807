package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

class SearchResultCacheTest {

    final ConcurrentHashMap<SearchCacheKey, Object> store = new ConcurrentHashMap<>();
    final AtomicReference<String> generation = new AtomicReference<>("g1");
    final SearchResultCache cache = new SearchResultCache(store, generation::get, 10_000);
    final AtomicInteger searches = new AtomicInteger();

    static final Viewer ANONYMOUS = Viewer.anonymous();
    static final Viewer MEMBER = Viewer.of("member", Role.MEMBER);
    static final Viewer EDITOR = Viewer.of("editor", Role.EDITOR);
    static final Viewer ADMIN = Viewer.of("admin", Role.ADMIN, Role.EDITOR);

    /** A fresh answer per computation, naming who it was computed for, so a wrongly shared one shows. */
    private Supplier<SearchResults> answerFor(Viewer viewer) {
        return () -> {
            int n = searches.incrementAndGet();
            return results(List.of(new SearchHit("contact", "seen-by-" + viewer.name() + "-" + n, "t", "s", "SE")));
        };
    }

    private static SearchResults results(List<SearchHit> hits) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("contact", 3L);
        counts.put("authority", 1L);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("type", counts);
        return new SearchResults(hits.size(), 1, 20, new ArrayList<>(hits), facets, null);
    }

    private static String firstKey(SearchResults r) {
        return r.hits().get(0).key();
    }

    @Test
    void sameRequest_filtersInAnotherOrder_isAnsweredFromTheCache() {
        SearchRequest one = SearchRequests.parse(
                "asset recovery",
                List.of("contact,authority"),
                List.of("se", "FR"),
                "1",
                "20",
                null,
                Map.of("network", List.of("EJN", "CARIN")));
        SearchRequest other = SearchRequests.parse(
                "asset  recovery ",
                List.of("authority", "contact"),
                List.of("fr", "SE"),
                null,
                null,
                "relevance",
                Map.of("network", List.of("CARIN", "EJN")));

        SearchResults first = cache.search(one, ANONYMOUS, answerFor(ANONYMOUS));
        SearchResults second = cache.search(other, ANONYMOUS, answerFor(ANONYMOUS));

        assertThat(searches).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(cache.statistics().hits()).isEqualTo(1);
        assertThat(cache.statistics().misses()).isEqualTo(1);
    }

    @Test
    void otherPageSizeSortOrCase_isAnotherQuestion() {
        cache.search(SearchRequests.parse("mla", null, null, "1", "20", null), ANONYMOUS, answerFor(ANONYMOUS));
        cache.search(SearchRequests.parse("mla", null, null, "2", "20", null), ANONYMOUS, answerFor(ANONYMOUS));
        cache.search(SearchRequests.parse("mla", null, null, "1", "10", null), ANONYMOUS, answerFor(ANONYMOUS));
        cache.search(SearchRequests.parse("mla", null, null, "1", "20", "name"), ANONYMOUS, answerFor(ANONYMOUS));
        // did-you-mean and highlights repeat the text as typed
        cache.search(SearchRequests.parse("MLA", null, null, "1", "20", null), ANONYMOUS, answerFor(ANONYMOUS));

        assertThat(searches).hasValue(5);
    }

    @Test
    void memberAndAnonymous_neverShareAnAnswer_inEitherOrder() {
        SearchRequest request = SearchRequest.of("desk");

        String forMember = firstKey(cache.search(request, MEMBER, answerFor(MEMBER)));
        String forAnonymous = firstKey(cache.search(request, ANONYMOUS, answerFor(ANONYMOUS)));
        String memberAgain = firstKey(cache.search(request, MEMBER, answerFor(MEMBER)));
        String anonymousAgain = firstKey(cache.search(request, ANONYMOUS, answerFor(ANONYMOUS)));

        assertThat(forMember).startsWith("seen-by-member");
        assertThat(forAnonymous).startsWith("seen-by-null");
        assertThat(memberAgain).isEqualTo(forMember);
        assertThat(anonymousAgain).isEqualTo(forAnonymous);
        assertThat(searches).hasValue(2);
    }

    @Test
    void editorsDraftView_isNeverServedToReaders_butEditorsAndAdminsShare() {
        SearchRequest request = SearchRequest.of("draft");

        String forEditor = firstKey(cache.search(request, EDITOR, answerFor(EDITOR)));
        String forAdmin = firstKey(cache.search(request, ADMIN, answerFor(ADMIN)));
        String forMember = firstKey(cache.search(request, MEMBER, answerFor(MEMBER)));

        assertThat(forAdmin).as("same levels and statuses: same answer").isEqualTo(forEditor);
        assertThat(forMember).startsWith("seen-by-member");
    }

    @Test
    void newGeneration_recomputes_andDropsTheOldAnswers() {
        SearchRequest request = SearchRequest.of("desk");
        cache.search(request, ANONYMOUS, answerFor(ANONYMOUS));
        cache.search(SearchRequest.of("eio"), ANONYMOUS, answerFor(ANONYMOUS));
        assertThat(store).hasSize(2);

        generation.set("g2");
        String after = firstKey(cache.search(request, ANONYMOUS, answerFor(ANONYMOUS)));

        assertThat(after).endsWith("-3");
        assertThat(store).hasSize(1);
        assertThat(store.keySet()).allMatch(k -> k.generation().equals("g2"));
    }

    @Test
    void answerAboveTheByteLimit_isReturnedButNotKept() {
        SearchRequest request = SearchRequest.of("long");
        Supplier<SearchResults> large = () -> {
            searches.incrementAndGet();
            return results(List.of(new SearchHit("contact", "k", "t", "x".repeat(6_000), "SE")));
        };

        SearchResults first = cache.search(request, ANONYMOUS, large);
        cache.search(request, ANONYMOUS, large);

        assertThat(first.hits()).hasSize(1);
        assertThat(searches).hasValue(2);
        assertThat(store).isEmpty();
        assertThat(cache.statistics().notKeptTooLarge()).isEqualTo(2);
    }

    @Test
    void sizeEstimate_growsWithTheText_andBoundsEveryEntryKept() {
        long small = CachedAnswerSize.of(results(List.of(new SearchHit("contact", "k", "t", "s", "SE"))));
        long larger = CachedAnswerSize.of(results(List.of(new SearchHit("contact", "k", "t", "s".repeat(1000), "SE"))));

        assertThat(larger - small).isGreaterThanOrEqualTo(2 * 999);
        for (int i = 0; i < 50; i++) {
            cache.search(SearchRequest.of("q" + i), ANONYMOUS, answerFor(ANONYMOUS));
        }
        assertThat(store.values()).allMatch(v -> CachedAnswerSize.of((SearchResults) v) <= 10_000);
    }

    @Test
    void failedSearch_isNotCached() {
        SearchRequest request = SearchRequest.of("bad");
        Supplier<SearchResults> failing = () -> {
            searches.incrementAndGet();
            throw new InvalidSearchException("too complex");
        };

        assertThatThrownBy(() -> cache.search(request, ANONYMOUS, failing)).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> cache.search(request, ANONYMOUS, failing)).isInstanceOf(InvalidSearchException.class);
        assertThat(searches).hasValue(2);
        assertThat(store).isEmpty();
    }

    @Test
    void sharedAnswer_cannotBeChangedByACaller_andKeepsFacetOrder() {
        SearchResults answer = cache.search(SearchRequest.of("desk"), ANONYMOUS, answerFor(ANONYMOUS));

        assertThatThrownBy(() -> answer.hits().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answer.facets().get("type").put("x", 1L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(answer.facets().get("type").keySet()).containsExactly("contact", "authority");
    }

    @Test
    void suggestions_keyedByTheCleanedPrefix_andTheViewer() {
        AtomicInteger suggests = new AtomicInteger();
        Supplier<List<Suggestion>> suggest =
                () -> List.of(new Suggestion("Åklagarmyndigheten", "authority", "se-" + suggests.incrementAndGet()));

        cache.suggest("aklag", ANONYMOUS, suggest);
        cache.suggest("  aklag\u200f ", ANONYMOUS, suggest);
        cache.suggest("aklag", MEMBER, suggest);
        cache.suggest("Aklag", ANONYMOUS, suggest);

        assertThat(suggests).hasValue(3);
    }
}
