package org.liaisonhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueryStreamsTest {

    private static final SyntheticCatalog CATALOG = new SyntheticCatalog(BenchmarkSuite.SEED);
    private static final List<BenchQuery> MIX = BenchQuery.mix(CATALOG.country(0), CATALOG.country(1));
    private final QueryStreams streams =
            new QueryStreams(IntStream.range(0, 40).mapToObj(CATALOG::country).toList(), MIX);

    @Test
    void distinct_neverRepeatsARequestAsTheServerWouldKeyIt_norAMixQuery() {
        List<BenchQuery> queries = streams.distinct(20_000);

        assertThat(queries).hasSize(20_000);
        Set<String> keys = new HashSet<>();
        queries.forEach(
                q -> assertThat(keys.add(QueryStreams.key(q))).as(q.apiQuery()).isTrue());
        MIX.forEach(q -> assertThat(keys).doesNotContain(QueryStreams.key(q)));
        Set<String> paths = new HashSet<>();
        queries.forEach(q -> paths.add(q.apiQuery().toLowerCase(java.util.Locale.ROOT)));
        assertThat(paths).hasSize(20_000);
    }

    @Test
    void distinct_isTheSameEveryRun_andMixesKindsFiltersAndPages() {
        List<BenchQuery> queries = streams.distinct(2_000);

        assertThat(queries).isEqualTo(streams.distinct(2_000));
        assertThat(queries.stream().map(q -> q.name().replaceAll(" \\d+$", "")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("word", "phrase", "two words", "typo");
        assertThat(queries)
                .anyMatch(q -> !q.types().isEmpty())
                .anyMatch(q -> !q.countries().isEmpty())
                .anyMatch(q -> q.page() > 1)
                .anyMatch(q -> q.text().contains(" "));
        assertThat(queries.stream()
                        .filter(q -> q.types().isEmpty() && q.countries().isEmpty() && q.page() == 1))
                .hasSizeGreaterThan(1_000);
    }

    @Test
    void zipf_drawsOnlyFromTheFirstThousand_popularOnesMostOften() {
        List<BenchQuery> distinct = streams.distinct(3_000);
        List<BenchQuery> zipf = QueryStreams.zipf(distinct, 50_000, 1.0);

        assertThat(zipf).hasSize(50_000);
        Set<BenchQuery> first = new HashSet<>(distinct.subList(0, QueryStreams.ZIPF_QUERIES));
        assertThat(zipf).allMatch(first::contains);
        Map<BenchQuery, Long> counts =
                zipf.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long top = counts.get(distinct.get(0));
        // Rank 1 of 1,000 with weights 1/r has 1/H(1000) ≈ 13 % of the draws; rank 100 about 0.13 %.
        assertThat(top).isBetween(5_500L, 7_500L);
        assertThat(top).isGreaterThan(counts.getOrDefault(distinct.get(9), 0L) * 5);
        assertThat(counts.size()).isGreaterThan(700);
    }
}
