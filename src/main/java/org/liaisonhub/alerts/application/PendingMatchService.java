package org.liaisonhub.alerts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import org.liaisonhub.alerts.domain.PendingAlertMatch;
import org.liaisonhub.alerts.domain.SavedSearch;
import org.liaisonhub.alerts.domain.SavedSearchAlert;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.editorial.application.EditorialEntry;
import org.liaisonhub.editorial.application.EditorialRepository;
import org.liaisonhub.search.application.CatalogSearchService;
import org.liaisonhub.search.application.IndexedVersions;
import org.liaisonhub.security.application.UserRepository;

/**
 * Settles pending publications ({@link PendingAlertMatch}), each round in a transaction of its own that holds the rows
 * it took, so no other node takes them meanwhile: an entry the index holds at the published version (or later) is
 * matched against every saved search with alerts on ({@link AlertMatching}) and its row deleted; one no longer
 * published alerts nobody; one the index does not hold yet waits ({@link PendingAlertMatch#postpone}), at most
 * {@link PendingAlertMatch#GIVE_UP_AFTER}, then is dropped with a warning. An alert already recorded for the same saved
 * search, entry and version is not recorded again (and a unique constraint says so too).
 */
@ApplicationScoped
public class PendingMatchService {

    private static final Logger LOG = Logger.getLogger(PendingMatchService.class.getName());

    /** What one round did: rows taken, alerts recorded, rows left waiting for the index. */
    public record Round(int taken, int alerts, int waiting) {
        static final Round NOTHING = new Round(0, 0, 0);

        /** Whether it took as many rows as it may: there may be more. */
        public boolean full() {
            return taken >= PendingMatchRepository.BATCH;
        }
    }

    private final PendingMatchRepository pending;
    private final SavedSearchRepository searches;
    private final UserRepository users;
    private final EditorialRepository entries;
    private final IndexedVersions index;
    private final CatalogSearchService search;
    private final Clock clock;

    PendingMatchService() {
        this(null, null, null, null, null, null); // for CDI's client proxy only
    }

    @Inject
    public PendingMatchService(
            PendingMatchRepository pending,
            SavedSearchRepository searches,
            UserRepository users,
            EditorialRepository entries,
            IndexedVersions index,
            CatalogSearchService search) {
        this(pending, searches, users, entries, index, search, Clock.systemUTC());
    }

    /** With a clock of the test's own. */
    PendingMatchService(
            PendingMatchRepository pending,
            SavedSearchRepository searches,
            UserRepository users,
            EditorialRepository entries,
            IndexedVersions index,
            CatalogSearchService search,
            Clock clock) {
        this.pending = pending;
        this.searches = searches;
        this.users = users;
        this.entries = entries;
        this.index = index;
        this.search = search;
        this.clock = clock;
    }

    /** The rows that are due, on any node's behalf (the timer). */
    @Transactional(TxType.REQUIRES_NEW)
    public Round matchDue() {
        Instant now = clock.instant();
        return settle(pending.takeDue(now), now);
    }

    /** The rows of entries with these keys, due or not (right after their publication committed). */
    @Transactional(TxType.REQUIRES_NEW)
    public Round matchOf(Collection<String> keys) {
        Instant now = clock.instant();
        return settle(pending.takeOf(keys), now);
    }

    /**
     * After a round failed (the index did not answer): the due rows wait as if not indexed yet, and those past the
     * bound are dropped, so a search backend that is down never keeps a row forever. How many rows it touched.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int postponeDue() {
        Instant now = clock.instant();
        List<PendingAlertMatch> due = pending.takeDue(now);
        for (PendingAlertMatch row : due) {
            if (row.expired(now)) {
                giveUp(row, "the search index did not answer");
            } else {
                row.postpone(now);
            }
        }
        return due.size();
    }

    private Round settle(List<PendingAlertMatch> rows, Instant now) {
        if (rows.isEmpty()) {
            return Round.NOTHING;
        }
        Map<EntryType, Set<String>> keys = new EnumMap<>(EntryType.class);
        rows.forEach(row -> keys.computeIfAbsent(row.getEntryType(), t -> new LinkedHashSet<>())
                .add(row.getEntryKey()));
        Map<EntryType, Map<String, Long>> indexed = index.of(keys);
        Set<String> published = published(keys);
        List<MatchCandidate> ready = new ArrayList<>();
        int waiting = 0;
        for (PendingAlertMatch row : rows) {
            Long version = indexed.getOrDefault(row.getEntryType(), Map.of()).get(row.getEntryKey());
            OptionalLong inIndex = version == null ? OptionalLong.empty() : OptionalLong.of(version);
            switch (row.readiness(inIndex, published.contains(id(row.getEntryType(), row.getEntryKey())), now)) {
                case INDEXED -> {
                    ready.add(new MatchCandidate(
                            row.getEntryType(), row.getEntryKey(), row.getEntryVersion(), row.isNewlyPublished()));
                    pending.remove(row);
                }
                case WITHDRAWN -> {
                    LOG.fine(() -> "No saved-search alerts for " + row + ": no longer published");
                    pending.remove(row);
                }
                case NOT_YET -> {
                    row.postpone(now);
                    waiting++;
                }
                case GIVEN_UP ->
                    giveUp(row, inIndex.isPresent() ? "the index holds v" + version : "the index has no document");
            }
        }
        return new Round(rows.size(), record(ready, now), waiting);
    }

    /** The entries (type:key) among these that are stored and published now. */
    private Set<String> published(Map<EntryType, Set<String>> keys) {
        Set<String> published = new HashSet<>();
        keys.forEach((type, ofType) -> {
            for (EditorialEntry entry : entries.withKeys(type, ofType)) {
                if (entry.status() == PublicationStatus.PUBLISHED) {
                    published.add(id(type, entry.key()));
                }
            }
        });
        return published;
    }

    private int record(List<MatchCandidate> ready, Instant now) {
        if (ready.isEmpty()) {
            return 0;
        }
        List<SavedSearch> on = searches.withAlertsOn();
        if (on.isEmpty()) {
            return 0;
        }
        List<SavedSearchAlert> alerts = AlertMatching.alertsFor(
                ready,
                on,
                owner -> users.findByUsername(owner).flatMap(AlertMatching::viewerOf),
                search::matchesAmong,
                now);
        int recorded = 0;
        for (SavedSearchAlert alert : alerts) {
            if (!searches.hasAlert(
                    alert.getSavedSearchId(), alert.getEntryType(), alert.getEntryKey(), alert.getEntryVersion())) {
                searches.add(alert);
                recorded++;
            }
        }
        return recorded;
    }

    private void giveUp(PendingAlertMatch row, String why) {
        LOG.warning(() -> "Saved-search alerts for " + row + " given up after " + PendingAlertMatch.GIVE_UP_AFTER
                + " (published " + row.getCreatedAt() + ", " + row.getAttempts() + " looks): " + why);
        pending.remove(row);
    }

    private static String id(EntryType type, String key) {
        return type.code() + ":" + key;
    }
}
