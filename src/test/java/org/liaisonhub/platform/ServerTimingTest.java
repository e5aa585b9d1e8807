package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaisonhub.platform.ServerTiming.Part;

/** The Server-Timing header's value, as the benchmark parses it. */
class ServerTimingTest {

    @AfterEach
    void stop() {
        ServerTiming.stop();
    }

    @Test
    void recordedParts_inTheirFixedOrder_thenTotal_inMillisecondsWithTwoDecimals() {
        ServerTiming timing = ServerTiming.start();
        ServerTiming.add(Part.JSON, 50_000);
        ServerTiming.add(Part.TEXT, 120_000);
        ServerTiming.add(Part.LUCENE, 800_000);

        assertThat(timing.header(12_345_678))
                .isEqualTo("text;dur=0.12, lucene;dur=0.80, json;dur=0.05, total;dur=12.35");
    }

    @Test
    void aPartRecordedTwice_addsUp() {
        ServerTiming timing = ServerTiming.start();
        ServerTiming.add(Part.FACETS, 1_000_000);
        ServerTiming.add(Part.FACETS, 2_004_000);

        assertThat(timing.header(4_000_000)).isEqualTo("facets;dur=3.00, total;dur=4.00");
    }

    @Test
    void aPartRecordedAsZero_isStillNamed() {
        ServerTiming timing = ServerTiming.start();
        ServerTiming.add(Part.SPELLING, 0);

        assertThat(timing.header(0)).isEqualTo("spelling;dur=0.00, total;dur=0.00");
    }

    @Test
    void partsRecordedWhileNoRequestIsTimed_areDropped() {
        ServerTiming.add(Part.LUCENE, 5_000_000);
        ServerTiming timing = ServerTiming.start();

        assertThat(timing.header(1_000_000)).isEqualTo("total;dur=1.00");
    }

    @Test
    void afterStop_nothingIsRecordedIntoTheFinishedRequest() {
        ServerTiming timing = ServerTiming.start();
        ServerTiming.stop();
        ServerTiming.add(Part.HIGHLIGHT, 5_000_000);

        assertThat(timing.header(1_000_000)).isEqualTo("total;dur=1.00");
    }

    @Test
    void time_addsTheWorksDuration_andReturnsItsResult() {
        ServerTiming timing = ServerTiming.start();

        String result = ServerTiming.time(Part.HIGHLIGHT, () -> "done");

        assertThat(result).isEqualTo("done");
        assertThat(timing.header(0)).matches("highlight;dur=\\d+\\.\\d\\d, total;dur=0\\.00");
    }
}
