package org.liaisonhub.alerts.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.alerts.domain.SavedSearch;
import org.liaisonhub.alerts.domain.SavedSearchAlert;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.search.application.InvalidSearchException;
import org.liaisonhub.search.application.MatchedEntry;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.AppUser;
import org.liaisonhub.security.domain.Role;

class AlertMatchingTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Viewer MEMBER = Viewer.of("maria", Role.MEMBER);

    /** A fake index: the entries, with a visibility and words; a hit when the viewer may see it and a word matches. */
    private record Doc(String key, Visibility visibility, String title) {}

    private static final Map<String, Doc> INDEX = Map.of(
            "se-eio", new Doc("se-eio", Visibility.PUBLIC, "EIO desk Stockholm"),
            "se-eio-secret", new Doc("se-eio-secret", Visibility.RESTRICTED, "EIO restricted desk"),
            "br-asset", new Doc("br-asset", Visibility.PUBLIC, "Asset recovery Brasília"));

    private final List<Viewer> asked = new ArrayList<>();

    private final AlertMatching.Matcher index = (request, viewer, candidates) -> {
        asked.add(viewer);
        List<MatchedEntry> hits = new ArrayList<>();
        candidates.forEach((type, keys) -> keys.forEach(key -> {
            Doc doc = INDEX.get(key);
            if (doc != null && viewer.maySee(doc.visibility()) && doc.title().contains(request.text())) {
                hits.add(new MatchedEntry(type, key, doc.title()));
            }
        }));
        return hits;
    };

    private static SavedSearch saved(long id, String owner, String query) {
        SavedSearch search = new SavedSearch(owner, "s" + id, query, null, "en", "t" + id, NOW);
        try {
            var field = SavedSearch.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(search, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return search;
    }

    private static List<MatchCandidate> published(String... keys) {
        List<MatchCandidate> entries = new ArrayList<>();
        for (String key : keys) {
            entries.add(new MatchCandidate(EntryType.CONTACT, key, 3, true));
        }
        return entries;
    }

    private List<SavedSearchAlert> match(List<MatchCandidate> published, SavedSearch... searches) {
        return AlertMatching.alertsFor(
                published,
                List.of(searches),
                owner -> owner.equals("maria") ? Optional.of(MEMBER) : Optional.empty(),
                index,
                NOW);
    }

    @Test
    void aMatchingPublishedEntry_givesExactlyOneAlert_withItsTitle() {
        List<SavedSearchAlert> alerts = match(published("se-eio", "br-asset"), saved(1, "maria", "q=EIO"));

        assertThat(alerts).hasSize(1);
        SavedSearchAlert alert = alerts.get(0);
        assertThat(alert.getSavedSearchId()).isEqualTo(1);
        assertThat(alert.getEntryKey()).isEqualTo("se-eio");
        assertThat(alert.getEntryVersion()).isEqualTo(3L);
        assertThat(alert.getEntryTitle()).isEqualTo("EIO desk Stockholm");
        assertThat(alert.isNewlyPublished()).isTrue();
        assertThat(alert.getAlertedAt()).isEqualTo(NOW);
        assertThat(alert.getMailedAt()).isNull();
    }

    @Test
    void aBatchOfEntries_isMatchedInOneSearchPerSavedSearch_newAndChangedKeptApart() {
        List<MatchCandidate> batch = List.of(
                new MatchCandidate(EntryType.CONTACT, "se-eio", 4, false),
                new MatchCandidate(EntryType.CONTACT, "br-asset", 2, true),
                new MatchCandidate(EntryType.CONTACT, "nope", 1, true));

        List<SavedSearchAlert> alerts = match(batch, saved(1, "maria", "q=EIO"), saved(2, "maria", "q=Asset"));

        assertThat(asked).hasSize(2);
        assertThat(alerts)
                .extracting(
                        SavedSearchAlert::getSavedSearchId,
                        SavedSearchAlert::getEntryKey,
                        SavedSearchAlert::getEntryVersion,
                        SavedSearchAlert::isNewlyPublished)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "se-eio", 4L, false),
                        org.assertj.core.groups.Tuple.tuple(2L, "br-asset", 2L, true));
    }

    @Test
    void theSearchRunsWithTheOwnersViewer_soARestrictedEntryAlertsNoMember() {
        List<SavedSearchAlert> alerts = match(published("se-eio-secret"), saved(1, "maria", "q=EIO"));

        assertThat(alerts).isEmpty();
        assertThat(asked).containsOnly(MEMBER);
    }

    @Test
    void unsubscribedSearches_andOwnersNoLongerEnabled_getNothing() {
        SavedSearch unsubscribed = saved(1, "maria", "q=EIO");
        unsubscribed.unsubscribe();

        assertThat(match(published("se-eio"), unsubscribed, saved(2, "gone", "q=EIO")))
                .isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void aDisabledAccount_hasNoViewer() {
        AppUser user = new AppUser("maria", "hash", Set.of(Role.MEMBER));
        assertThat(AlertMatching.viewerOf(user)).contains(new Viewer("maria", Set.of(Role.MEMBER)));

        user.disable();

        assertThat(AlertMatching.viewerOf(user)).isEmpty();
    }

    @Test
    void aSavedQueryThatNoLongerParses_isSkipped_notFatal() {
        assertThat(match(published("se-eio"), saved(1, "maria", "country=XX"), saved(2, "maria", "q=EIO")))
                .extracting(SavedSearchAlert::getSavedSearchId)
                .containsExactly(2L);
    }

    @Test
    void twoVersionsOfOneEntry_alertOnce_atTheNewer_newIfEitherWas() {
        List<SavedSearchAlert> alerts = match(
                List.of(
                        new MatchCandidate(EntryType.CONTACT, "se-eio", 5, true),
                        new MatchCandidate(EntryType.CONTACT, "se-eio", 6, false)),
                saved(1, "maria", "q=EIO"));

        assertThat(alerts)
                .extracting(SavedSearchAlert::getEntryVersion, SavedSearchAlert::isNewlyPublished)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, true));
        assertThat(asked).hasSize(1);
    }

    @Test
    void aSavedSearchTheIndexRefuses_isSkipped_theOthersStillAlert() {
        AlertMatching.Matcher refusing = (request, viewer, candidates) -> {
            if (request.text().equals("Asset")) {
                throw new InvalidSearchException("The search is too complex; use fewer or longer words.");
            }
            return index.matchesAmong(request, viewer, candidates);
        };

        List<SavedSearchAlert> alerts = AlertMatching.alertsFor(
                published("se-eio", "br-asset"),
                List.of(saved(1, "maria", "q=Asset"), saved(2, "maria", "q=EIO")),
                owner -> Optional.of(MEMBER),
                refusing,
                NOW);

        assertThat(alerts).extracting(SavedSearchAlert::getSavedSearchId).containsExactly(2L);
    }
}
