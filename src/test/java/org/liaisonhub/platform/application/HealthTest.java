package org.liaisonhub.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liaisonhub.platform.application.Health.HealthReport;

/** The health report from probes that answer or fail as told. */
class HealthTest {

    /** A cluster node's setting: Hibernate Search coordinates through the outbox. */
    private static final Optional<String> CLUSTER = Optional.of("outbox-polling");

    @Test
    void bothAnswering_isUp_withoutOutboxLagOnASingleNode() {
        HealthReport report = new Health(new Probes(true, true, 7), Optional.empty()).check();

        assertThat(report).isEqualTo(new HealthReport("UP", true, true, 0));
    }

    @Test
    void onACluster_theOutboxLagIsThePendingEvents() {
        assertThat(new Health(new Probes(true, true, 7), CLUSTER).check())
                .isEqualTo(new HealthReport("UP", true, true, 7));
    }

    @Test
    void aSilentSearchBackend_isDown() {
        assertThat(new Health(new Probes(true, false, 3), CLUSTER).check())
                .isEqualTo(new HealthReport("DOWN", true, false, 3));
    }

    @Test
    void aSilentDatabase_isDown_andNoLagIsClaimed() {
        assertThat(new Health(new Probes(false, true, 3), CLUSTER).check())
                .isEqualTo(new HealthReport("DOWN", false, true, 0));
    }

    private static final class Probes extends HealthProbes {
        private final boolean database;
        private final boolean search;
        private final long pending;

        Probes(boolean database, boolean search, long pending) {
            this.database = database;
            this.search = search;
            this.pending = pending;
        }

        @Override
        public void database() {
            if (!database) {
                throw new IllegalStateException("connection refused");
            }
        }

        @Override
        public void search() {
            if (!search) {
                throw new IllegalStateException("no route to host");
            }
        }

        @Override
        public long pendingOutboxEvents() {
            if (!database) {
                throw new IllegalStateException("connection refused");
            }
            return pending;
        }
    }
}
