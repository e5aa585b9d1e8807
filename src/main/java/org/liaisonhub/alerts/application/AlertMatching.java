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
import org.liaisonhub.editorial.application.EntriesPublished;
import org.liaisonhub.search.application.InvalidSearchException;
import org.liaisonhub.search.application.MatchedEntry;
import org.liaisonhub.search.application.SearchRequest;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.AppUser;

/**
 * Which saved searches a publication alerts: each one with alerts on whose owner (still an enabled user) would find
 * the entry with that search, seen with the owner's own visibility, so nobody is alerted about what they may not
 * see. One alert per saved search and entry. The search itself is a {@link Matcher} (the index in the server), run
 * once per saved search over every entry of the publication.
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

    /** The alerts {@code published} gives; {@code owners} finds each owner's viewer (empty: no such enabled user). */
    public static List<SavedSearchAlert> alertsFor(
            EntriesPublished published,
            List<SavedSearch> searches,
            Function<String, Optional<Viewer>> owners,
            Matcher matcher,
            Instant now) {
        List<SavedSearchAlert> alerts = new ArrayList<>();
        Map<String, Optional<Viewer>> viewers = new HashMap<>();
        Map<EntryType, Set<String>> candidates = new EnumMap<>(EntryType.class);
        Map<EntryType, Map<String, Boolean>> newlyPublished = new EnumMap<>(EntryType.class);
        for (EntriesPublished.Published entry : published.entries()) {
            candidates.computeIfAbsent(entry.type(), t -> new LinkedHashSet<>()).add(entry.key());
            newlyPublished
                    .computeIfAbsent(entry.type(), t -> new HashMap<>())
                    .merge(entry.key(), entry.newlyPublished(), Boolean::logicalOr);
        }
        for (SavedSearch search : searches) {
            if (!search.isAlertsOn()) {
                continue;
            }
            Optional<Viewer> owner = viewers.computeIfAbsent(search.getOwner(), owners);
            if (owner.isEmpty()) {
                continue;
            }
            SearchRequest request;
            try {
                request = SavedQuery.parse(search.getQuery());
            } catch (InvalidSearchException e) {
                LOG.warning(() -> "Saved search " + search.getId() + " no longer parses: " + e.getMessage());
                continue;
            }
            for (MatchedEntry hit : matcher.matchesAmong(request, owner.get(), candidates)) {
                boolean isNew =
                        newlyPublished.getOrDefault(hit.type(), Map.of()).getOrDefault(hit.key(), false);
                alerts.add(new SavedSearchAlert(search.getId(), hit.type(), hit.key(), hit.title(), isNew, now));
            }
        }
        return alerts;
    }

    /** The viewer of a stored user, or empty when the account is disabled. */
    public static Optional<Viewer> viewerOf(AppUser user) {
        return user.isEnabled() ? Optional.of(new Viewer(user.getUsername(), user.getRoles())) : Optional.empty();
    }
}
