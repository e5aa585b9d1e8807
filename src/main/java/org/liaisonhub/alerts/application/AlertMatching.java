package org.liaisonhub.alerts.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.liaisonhub.alerts.domain.SavedSearch;
import org.liaisonhub.alerts.domain.SavedSearchAlert;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.search.application.InvalidSearchException;
import org.liaisonhub.search.application.MatchedEntry;
import org.liaisonhub.search.application.SearchRequest;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.AppUser;

/**
 * Which saved searches published entries alert: each one with alerts on whose owner (still an enabled user) would find
 * the entry with that search, seen with the owner's own visibility, so nobody is alerted about what they may not
 * see. One alert per saved search and entry (at its version). The search itself is a {@link Matcher} (the index in the
 * server), run once per saved search over every candidate entry. A saved search that no longer parses, or that the
 * index refuses as too complex, is skipped (logged); any other failure of the index is the caller's to retry.
 */
public final class AlertMatching {

    private static final Logger LOG = Logger.getLogger(AlertMatching.class.getName());

    /** The search restricted to some entries: those the viewer would find with the request, with their titles. */
    @FunctionalInterface
    public interface Matcher {
        List<MatchedEntry> matchesAmong(
                SearchRequest request, Viewer viewer, Map<EntryType, ? extends Collection<String>> candidates);
    }

    private AlertMatching() {}

    /**
     * The alerts the {@code candidates} give; {@code owners} finds each owner's viewer (empty: no such enabled user).
     * Candidates of the same entry count once, at the highest version among them (the index holds that one).
     */
    public static List<SavedSearchAlert> alertsFor(
            List<MatchCandidate> candidates,
            List<SavedSearch> searches,
            Function<String, Optional<Viewer>> owners,
            Matcher matcher,
            Instant now) {
        List<SavedSearchAlert> alerts = new ArrayList<>();
        Map<String, Optional<Viewer>> viewers = new HashMap<>();
        Map<EntryType, Set<String>> keys = new EnumMap<>(EntryType.class);
        Map<EntryType, Map<String, MatchCandidate>> entries = new EnumMap<>(EntryType.class);
        for (MatchCandidate entry : candidates) {
            keys.computeIfAbsent(entry.type(), t -> new LinkedHashSet<>()).add(entry.key());
            entries.computeIfAbsent(entry.type(), t -> new HashMap<>()).merge(entry.key(), entry, AlertMatching::merge);
        }
        for (SavedSearch search : searches) {
            if (!search.isAlertsOn()) {
                continue;
            }
            Optional<Viewer> owner = viewers.computeIfAbsent(search.getOwner(), owners);
            if (owner.isEmpty()) {
                continue;
            }
            List<MatchedEntry> hits;
            try {
                hits = matcher.matchesAmong(SavedQuery.parse(search.getQuery()), owner.get(), keys);
            } catch (InvalidSearchException e) {
                LOG.warning(() -> "Saved search " + search.getId() + " cannot be run: " + e.getMessage());
                continue;
            }
            for (MatchedEntry hit : hits) {
                MatchCandidate entry =
                        entries.getOrDefault(hit.type(), Map.of()).get(hit.key());
                if (entry != null) {
                    alerts.add(new SavedSearchAlert(
                            search.getId(),
                            hit.type(),
                            hit.key(),
                            entry.version(),
                            hit.title(),
                            entry.newlyPublished(),
                            now));
                }
            }
        }
        return alerts;
    }

    private static MatchCandidate merge(MatchCandidate one, MatchCandidate other) {
        return new MatchCandidate(
                one.type(),
                one.key(),
                Math.max(one.version(), other.version()),
                one.newlyPublished() || other.newlyPublished());
    }

    /** The viewer of a stored user, or empty when the account is disabled. */
    public static Optional<Viewer> viewerOf(AppUser user) {
        return user.isEnabled() ? Optional.of(new Viewer(user.getUsername(), user.getRoles())) : Optional.empty();
    }
}
