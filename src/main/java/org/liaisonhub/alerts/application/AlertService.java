package org.liaisonhub.alerts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.liaisonhub.alerts.domain.PendingAlertMatch;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.editorial.application.EditorialEntry;
import org.liaisonhub.editorial.application.EditorialRepository;
import org.liaisonhub.editorial.application.EntriesPublished;

/**
 * Saved-search alerts for every publication, none missed, none twice. Inside the publishing transaction
 * ({@link #record}) each published entry leaves a {@link PendingAlertMatch} with the version that transaction writes,
 * so the commit and the work to do are one. Right after the commit ({@link #matchAtOnce}) the same node settles those
 * rows ({@link PendingMatchService}): on a single node the index has the change by then (Hibernate Search writes it
 * synchronously in the commit), so the alerts are there when the request returns. In a cluster the index is written a
 * moment later by an outbox processor, perhaps on another node; rows the index does not hold yet wait for
 * {@link PendingMatchSchedule}, which runs on every node, as do rows of a node that died after its commit.
 */
@ApplicationScoped
public class AlertService {

    private static final Logger LOG = Logger.getLogger(AlertService.class.getName());

    private final SavedSearchRepository searches;
    private final PendingMatchRepository pending;
    private final EditorialRepository entries;
    private final PendingMatchService matches;
    private final Clock clock;

    AlertService() {
        this(null, null, null, null); // for CDI's client proxy only
    }

    @Inject
    public AlertService(
            SavedSearchRepository searches,
            PendingMatchRepository pending,
            EditorialRepository entries,
            PendingMatchService matches) {
        this(searches, pending, entries, matches, Clock.systemUTC());
    }

    /** With a clock of the test's own. */
    AlertService(
            SavedSearchRepository searches,
            PendingMatchRepository pending,
            EditorialRepository entries,
            PendingMatchService matches,
            Clock clock) {
        this.searches = searches;
        this.pending = pending;
        this.entries = entries;
        this.matches = matches;
        this.clock = clock;
    }

    /**
     * In the publishing transaction: one pending row per published entry, at the version the commit stores. Nothing
     * when no saved search has alerts on (an import nobody watches writes nothing more). A failure here fails the
     * publication, as it must: a publication without its row could be committed and never alert.
     */
    void record(@Observes EntriesPublished published) {
        if (published.isEmpty() || !searches.anyAlertsOn()) {
            return;
        }
        Map<EntryType, Map<String, Boolean>> newly = new EnumMap<>(EntryType.class);
        for (EntriesPublished.Published entry : published.entries()) {
            newly.computeIfAbsent(entry.type(), t -> new LinkedHashMap<>())
                    .merge(entry.key(), entry.newlyPublished(), Boolean::logicalOr);
        }
        Instant now = clock.instant();
        newly.forEach((type, keys) -> {
            for (EditorialEntry entry : entries.withKeys(type, keys.keySet())) {
                if (entry.status() == PublicationStatus.PUBLISHED) {
                    pending.add(PendingAlertMatch.of(type, entry.key(), entry.version(), keys.get(entry.key()), now));
                }
            }
        });
    }

    /**
     * After the commit, on the publishing node: settles the publication's rows at once, in transactions of their own,
     * so a failure here never undoes the publication; what is left (not indexed yet, or a failure, logged) waits for
     * the timer.
     */
    void matchAtOnce(@Observes(during = TransactionPhase.AFTER_SUCCESS) EntriesPublished published) {
        Set<String> keys = new LinkedHashSet<>();
        published.entries().forEach(entry -> keys.add(entry.key()));
        List<String> all = new ArrayList<>(keys);
        try {
            for (int from = 0; from < all.size(); from += PendingMatchRepository.BATCH) {
                PendingMatchService.Round round =
                        matches.matchOf(all.subList(from, Math.min(all.size(), from + PendingMatchRepository.BATCH)));
                LOG.fine(() -> "Publication settled at once: " + round);
            }
        } catch (RuntimeException e) {
            LOG.info(() -> "Saved-search alerts of a publication left to the timer: " + e);
            LOG.log(Level.FINE, "Settling a publication at once failed", e);
        }
    }
}
