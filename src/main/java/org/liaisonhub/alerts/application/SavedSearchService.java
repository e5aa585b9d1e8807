package org.liaisonhub.alerts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.validator.routines.EmailValidator;
import org.liaisonhub.alerts.domain.SavedSearch;
import org.liaisonhub.alerts.domain.SavedSearchAlert;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.search.application.CatalogSearchService;
import org.liaisonhub.search.application.SearchRequest;
import org.liaisonhub.security.Viewer;

/**
 * What a signed-in user does with saved searches: save one (name, query, optional e-mail address), list and delete
 * their own, read one's alerts (visibility checked again as they read: an entry hidden since is left out), and what
 * anyone holding an unsubscribe link does: stop its alerts.
 */
@ApplicationScoped
public class SavedSearchService {

    public static final int FEED_SIZE = 50;
    static final Set<String> LANGUAGES = Set.of("en", "fr", "ar");
    private static final int MAX_PER_OWNER = 50;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final EmailValidator EMAILS = EmailValidator.getInstance(false, false);

    private final SavedSearchRepository searches;
    private final CatalogSearchService search;
    private final Clock clock;

    SavedSearchService() {
        this(null, null); // for CDI's client proxy only
    }

    @Inject
    public SavedSearchService(SavedSearchRepository searches, CatalogSearchService search) {
        this.searches = searches;
        this.search = search;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public SavedSearchSummary save(Viewer viewer, String name, String query, String email, String language) {
        String owner = signedIn(viewer);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > SavedSearch.MAX_NAME) {
            throw SavedSearchException.invalid(
                    "Give the saved search a name of 1 to " + SavedSearch.MAX_NAME + " characters.");
        }
        String canonical = SavedQuery.canonical(SavedQuery.parse(query));
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > SavedSearch.MAX_EMAIL || !EMAILS.isValid(address))) {
            throw SavedSearchException.invalid("'" + address + "' is not an e-mail address.");
        }
        if (searches.nameTaken(owner, cleanName)) {
            throw SavedSearchException.invalid("You already have a saved search named '" + cleanName + "'.");
        }
        if (searches.ofOwner(owner).size() >= MAX_PER_OWNER) {
            throw SavedSearchException.invalid(
                    "You have " + MAX_PER_OWNER + " saved searches, the most one may keep; delete one first.");
        }
        String lang = language != null && LANGUAGES.contains(language) ? language : "en";
        SavedSearch saved = new SavedSearch(owner, cleanName, canonical, address, lang, newToken(), clock.instant());
        searches.add(saved);
        return SavedSearchSummary.of(saved);
    }

    @Transactional
    public List<SavedSearchSummary> mine(Viewer viewer) {
        return searches.ofOwner(signedIn(viewer)).stream()
                .map(SavedSearchSummary::of)
                .toList();
    }

    @Transactional
    public void delete(Viewer viewer, long id) {
        searches.delete(owned(viewer, id));
    }

    /** The saved search and its latest alerts that the viewer may still see, newest first. */
    @Transactional
    public Feed feed(Viewer viewer, long id) {
        SavedSearch saved = owned(viewer, id);
        List<FeedAlert> alerts = stillVisible(searches.latestAlerts(id, FEED_SIZE), viewer).stream()
                .map(SavedSearchService::feedAlert)
                .toList();
        return new Feed(SavedSearchSummary.of(saved), alerts);
    }

    /** Turns the alerts of the search with this token off; its name, or empty for an unknown token. Idempotent. */
    @Transactional
    public Optional<String> unsubscribe(String token) {
        if (token == null || !token.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return searches.byToken(token).map(s -> {
            s.unsubscribe();
            return s.getName();
        });
    }

    /** A saved search with its alerts, for the feed. */
    public record Feed(SavedSearchSummary search, List<FeedAlert> alerts) {}

    /** The alerts whose entry the viewer may still see (published, visible to them), in the order given. */
    List<SavedSearchAlert> stillVisible(List<SavedSearchAlert> alerts, Viewer viewer) {
        Map<EntryType, Set<String>> candidates = new EnumMap<>(EntryType.class);
        alerts.forEach(a -> candidates
                .computeIfAbsent(a.getEntryType(), t -> new HashSet<>())
                .add(a.getEntryKey()));
        Set<String> visible = new HashSet<>();
        search.matchesAmong(SearchRequest.of(""), viewer, candidates)
                .forEach(m -> visible.add(m.type().code() + "/" + m.key()));
        return alerts.stream()
                .filter(a -> visible.contains(a.getEntryType().code() + "/" + a.getEntryKey()))
                .toList();
    }

    static FeedAlert feedAlert(SavedSearchAlert a) {
        return new FeedAlert(
                a.getId(),
                a.getEntryType(),
                a.getEntryKey(),
                a.getEntryTitle(),
                a.isNewlyPublished(),
                a.getAlertedAt());
    }

    private SavedSearch owned(Viewer viewer, long id) {
        String owner = signedIn(viewer);
        return searches.find(id).filter(s -> s.isOwnedBy(owner)).orElseThrow(() -> SavedSearchException.notFound(id));
    }

    private static String signedIn(Viewer viewer) {
        if (viewer == null || viewer.name() == null) {
            throw new IllegalStateException("Saved searches belong to a signed-in user");
        }
        return viewer.name();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
