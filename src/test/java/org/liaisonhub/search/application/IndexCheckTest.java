package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexCheckTest {

    @Test
    void sameEntriesAndFingerprints_areInStep() {
        IndexCheck check = IndexCheck.compare("Authority", Map.of(1L, "3", 2L, "0"), Map.of(2L, "0", 1L, "3"));

        assertThat(check.inStep()).isTrue();
        assertThat(check).isEqualTo(new IndexCheck("Authority", 2, 2, 0, 0, 0));
    }

    @Test
    void missingStaleAndOrphanedDocuments_areCountedApart() {
        IndexCheck check = IndexCheck.compare(
                "ContactPoint",
                Map.of(1L, "3|SE|Police", 2L, "1|SE|Police", 3L, "0|SE|Police"),
                Map.of(1L, "3|SE|Police", 2L, "1|SE|Old name", 4L, "0|FR|Gone"));

        assertThat(check.missing()).as("3 has no document").isEqualTo(1);
        assertThat(check.stale()).as("2 shows its authority's old name").isEqualTo(1);
        assertThat(check.orphaned()).as("4 is no entry any more").isEqualTo(1);
        assertThat(check.inStep()).isFalse();
    }

    @Test
    void equalCounts_doNotHideADifference() {
        // One document lost, one left over: the old count comparison saw 1 = 1.
        IndexCheck check = IndexCheck.compare("NetworkResource", Map.of(1L, "0"), Map.of(2L, "0"));

        assertThat(check.stored()).isEqualTo(check.indexed());
        assertThat(check.inStep()).isFalse();
    }
}
