package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.EntryType;

class EntryMatchingTest {

    @Test
    void noCandidates_noBatch() {
        assertThat(EntryMatching.batches(Map.of(), 1000)).isEmpty();
        assertThat(EntryMatching.batches(Map.of(EntryType.CONTACT, List.of()), 1000))
                .isEmpty();
    }

    @Test
    void everyCandidate_landsInExactlyOneBatch_noneLargerThanTheSize() {
        Map<EntryType, List<String>> candidates = new LinkedHashMap<>();
        candidates.put(
                EntryType.CONTACT, IntStream.range(0, 5).mapToObj(i -> "c" + i).toList());
        candidates.put(EntryType.RESOURCE, List.of("globe-threema", "siena"));

        List<List<Map.Entry<EntryType, String>>> batches = EntryMatching.batches(candidates, 3);

        assertThat(batches).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(batches.stream().flatMap(List::stream).toList())
                .containsExactly(
                        Map.entry(EntryType.CONTACT, "c0"),
                        Map.entry(EntryType.CONTACT, "c1"),
                        Map.entry(EntryType.CONTACT, "c2"),
                        Map.entry(EntryType.CONTACT, "c3"),
                        Map.entry(EntryType.CONTACT, "c4"),
                        Map.entry(EntryType.RESOURCE, "globe-threema"),
                        Map.entry(EntryType.RESOURCE, "siena"));
    }
}
