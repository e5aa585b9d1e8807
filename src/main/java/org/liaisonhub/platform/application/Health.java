package org.liaisonhub.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this node can serve: its database answers, its search backend answers, and how many index events wait
 * in Hibernate Search's outbox (a cluster node, docs/operations.md; 0 on a single node, which indexes on commit).
 * Says nothing else (no versions, hosts or messages): the report is public.
 */
@ApplicationScoped
public class Health {

    /** The setting persistence.xml reads for Hibernate Search's coordination strategy. */
    static final String COORDINATION = "liaison.search.coordination";

    private final HealthProbes probes;
    private final boolean outboxPolling;

    Health() {
        this(null, Optional.empty()); // for CDI's client proxy only
    }

    @Inject
    public Health(HealthProbes probes, @ConfigProperty(name = COORDINATION) Optional<String> coordination) {
        this.probes = probes;
        this.outboxPolling =
                coordination.map(String::strip).filter("outbox-polling"::equals).isPresent();
    }

    public HealthReport check() {
        boolean database = passes(probes::database);
        boolean search = passes(probes::search);
        long outboxLag = 0;
        if (database && outboxPolling) {
            try {
                outboxLag = probes.pendingOutboxEvents();
            } catch (RuntimeException e) {
                database = false;
            }
        }
        return new HealthReport(database && search ? HealthReport.UP : HealthReport.DOWN, database, search, outboxLag);
    }

    private static boolean passes(Runnable probe) {
        try {
            probe.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code status} is UP when both the database and the search backend answer. */
    public record HealthReport(String status, boolean database, boolean search, long outboxLag) {
        public static final String UP = "UP";
        public static final String DOWN = "DOWN";

        public boolean up() {
            return UP.equals(status);
        }
    }
}
