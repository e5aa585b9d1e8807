package org.liaisonhub.alerts.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import org.liaisonhub.alerts.domain.SavedSearch;
import org.liaisonhub.alerts.domain.SavedSearchAlert;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.editorial.application.EntriesPublished;
import org.liaisonhub.search.application.InvalidSearchException;
import org.liaisonhub.search.application.SearchRequest;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.AppUser;

/**
 * Which saved searches a publication alerts: each one with alerts on whose owner (still an enabled user) would find
 * the entry with that search, seen with the owner's own visibility, so nobody is alerted about what they may not
 * see. One alert per saved search and entry. The search itself is a {@link Matcher} (the index in the server).
 */
public final class AlertMatching {

    private static final Logger LOG = Logger.getLogger(AlertMatching.class.getName());

    /** The search restricted to one entry: its title when the viewer would find it with the request. */
    @FunctionalInterface
    public interface Matcher {
        Optional<String> titleIfMatches(SearchRequest request, Viewer viewer, EntryType type, String key);
    }

    private AlertMatching() {
    }

    /** The alerts {@code published} gives; {@code owners} finds each owner's viewer (empty: no such enabled user). */
    public static List<SavedSearchAlert> alertsFor(EntriesPublished published, List<SavedSearch> searches,
            Function<String, Optional<Viewer>> owners, Matcher matcher, Instant now) {
        List<SavedSearchAlert> alerts = new ArrayList<>();
        Map<String, Optional<Viewer>> viewers = new HashMap<>();
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
            for (EntriesPublished.Published entry : published.entries()) {
                matcher.titleIfMatches(request, owner.get(), entry.type(), entry.key())
                        .ifPresent(title -> alerts.add(new SavedSearchAlert(search.getId(), entry.type(),
                                entry.key(), title, entry.newlyPublished(), now)));
            }
        }
        return alerts;
    }

    /** The viewer of a stored user, or empty when the account is disabled. */
    public static Optional<Viewer> viewerOf(AppUser user) {
        return user.isEnabled() ? Optional.of(new Viewer(user.getUsername(), user.getRoles())) : Optional.empty();
    }
}
