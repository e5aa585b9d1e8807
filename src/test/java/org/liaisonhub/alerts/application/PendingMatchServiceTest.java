package org.liaisonhub.alerts.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisonhub.alerts.domain.PendingAlertMatch;
import org.liaisonhub.alerts.domain.SavedSearch;
import org.liaisonhub.alerts.domain.SavedSearchAlert;
import org.liaisonhub.bench.LiaisonUnit;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.editorial.application.EditorialRepository;
import org.liaisonhub.editorial.application.EntriesPublished;
import org.liaisonhub.search.application.CatalogSearchService;
import org.liaisonhub.search.application.IndexedVersions;
import org.liaisonhub.search.application.Synonyms;
import org.liaisonhub.security.application.UserRepository;
import org.liaisonhub.security.domain.AppUser;
import org.liaisonhub.security.domain.Role;

/**
 * Pending publications against a real database (H2, migrated as at start-up) and a real index (embedded Lucene), with
 * the application's own persistence unit in Java SE. Hibernate Search's automatic indexing is off here: the test
 * writes the index itself, when it chooses, as an outbox processor on another node would — so "committed but not
 * indexed yet", the cluster's case, can be seen without a cluster.
 */
class PendingMatchServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    private static JdbcConnectionPool h2;
    private static LiaisonUnit unit;
    private static CatalogSearchService search;

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private String word;
    private long savedSearch;
    private Instant now = T0;

    @BeforeAll
    static void boot() {
        h2 = JdbcConnectionPool.create("jdbc:h2:mem:pending-matches;DB_CLOSE_DELAY=-1", "sa", "sa");
        unit = new LiaisonUnit(
                h2,
                Path.of("target/pending-matches-index/" + UUID.randomUUID()).toAbsolutePath(),
                Map.of("hibernate.search.indexing.listeners.enabled", "false"));
        search = new CatalogSearchService(unit.emf(), Synonyms.load());
        inTransaction(em -> {
            em.persist(new AppUser("maria", "hash", Set.of(Role.MEMBER)));
            return null;
        });
    }

    @AfterAll
    static void close() {
        unit.close();
        h2.dispose();
    }

    @BeforeEach
    void aSavedSearchWithAlerts() {
        word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        savedSearch = inTransaction(em -> {
            em.createQuery("delete from PendingAlertMatch").executeUpdate();
            SavedSearch saved = new SavedSearch("maria", "Watch " + word, "q=" + word, null, "en", word, T0);
            em.persist(saved);
            em.flush();
            return saved.getId();
        });
        Logger.getLogger(PendingMatchService.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger(PendingMatchService.class.getName()).removeHandler(capture);
    }

    @Test
    void aPublicationTheIndexHasNotReached_waits_thenAlertsOnce_atTheVersionPublished() {
        String key = publish("Desk " + word);
        long version = storedVersion(key);

        PendingMatchService.Round early = matchOf(key);

        assertThat(early).isEqualTo(new PendingMatchService.Round(1, 0, 1));
        assertThat(alerts()).as("nothing before the index holds it").isEmpty();
        assertThat(pending()).singleElement().satisfies(row -> {
            assertThat(row.getAttempts()).isEqualTo(1);
            assertThat(row.getNotBefore()).isEqualTo(T0.plusSeconds(1));
        });

        index(key);
        now = T0.plusSeconds(1);
        PendingMatchService.Round matched = matchDue();

        assertThat(matched).isEqualTo(new PendingMatchService.Round(1, 1, 0));
        assertThat(alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.getEntryKey()).isEqualTo(key);
            assertThat(alert.getEntryVersion()).isEqualTo(version);
            assertThat(alert.getEntryTitle()).isEqualTo("Desk " + word);
            assertThat(alert.isNewlyPublished()).isTrue();
        });
        assertThat(pending()).as("settled rows are gone").isEmpty();
        assertThat(matchDue()).isEqualTo(new PendingMatchService.Round(0, 0, 0));
        assertThat(alerts()).hasSize(1);
    }

    @Test
    void aDocumentOfAnOlderVersion_isNotEnough() {
        String key = publish("Desk " + word);
        index(key);
        inTransaction(em -> {
            ((Authority) new EditorialRepository(em)
                            .find(EntryType.AUTHORITY, key)
                            .orElseThrow())
                    .revise(agency("Desk " + word + " renamed"));
            em.flush();
            service(em).record(EntriesPublished.one(EntryType.AUTHORITY, key, false));
            return null;
        });
        assertThat(pending()).hasSize(2);

        assertThat(matchOf(key))
                .as("the first version's row matches (one alert); the second's waits for its version")
                .isEqualTo(new PendingMatchService.Round(2, 1, 1));

        index(key);
        now = T0.plusSeconds(5);
        assertThat(matchDue()).isEqualTo(new PendingMatchService.Round(1, 1, 0));
        assertThat(alerts())
                .extracting(SavedSearchAlert::getEntryVersion, SavedSearchAlert::isNewlyPublished)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(storedVersion(key) - 1, true),
                        org.assertj.core.groups.Tuple.tuple(storedVersion(key), false));
    }

    @Test
    void anEntryUnpublishedBeforeItWasMatched_alertsNobody() {
        String key = publish("Desk " + word);
        inTransaction(em -> {
            new EditorialRepository(em)
                    .find(EntryType.AUTHORITY, key)
                    .orElseThrow()
                    .moveTo(PublicationStatus.ARCHIVED);
            return null;
        });
        index(key);

        assertThat(matchOf(key)).isEqualTo(new PendingMatchService.Round(1, 0, 0));
        assertThat(alerts()).isEmpty();
        assertThat(pending()).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aRowTheIndexNeverCatchesUpWith_isDroppedWithAWarning_afterTenMinutes() {
        String key = publish("Desk " + word);

        now = T0.plus(PendingAlertMatch.GIVE_UP_AFTER).minusSeconds(1);
        assertThat(matchDue()).isEqualTo(new PendingMatchService.Round(1, 0, 1));
        now = T0.plus(PendingAlertMatch.GIVE_UP_AFTER);
        assertThat(matchDue()).isEqualTo(new PendingMatchService.Round(1, 0, 0));

        assertThat(pending()).isEmpty();
        assertThat(alerts()).isEmpty();
        assertThat(warnings)
                .singleElement()
                .satisfies(w -> assertThat(w.getMessage()).contains(key).contains("given up"));
    }

    @Test
    void whenTheIndexFails_theDueRowsWait_andNoneOutlivesTheBound() {
        publish("Desk " + word);
        publish("Other desk " + word);
        now = T0.plus(Duration.ofMinutes(3));

        assertThat(postponeDue()).isEqualTo(2);
        assertThat(pending()).allSatisfy(row -> assertThat(row.getNotBefore()).isEqualTo(now.plusSeconds(1)));

        now = T0.plus(PendingAlertMatch.GIVE_UP_AFTER);
        assertThat(postponeDue()).isEqualTo(2);
        assertThat(pending()).isEmpty();
        assertThat(warnings).hasSize(2);
    }

    @Test
    void twoNodes_neverHoldTheSameRow_andARowLetGoIsTakenAgain() {
        for (int i = 0; i < 3; i++) {
            publish("Desk " + i + " " + word);
        }
        Instant due = T0.plusSeconds(2);
        try (EntityManager nodeA = unit.entityManager();
                EntityManager nodeB = unit.entityManager()) {
            nodeA.getTransaction().begin();
            nodeB.getTransaction().begin();
            List<Long> heldByA = ids(new PendingMatchRepository(nodeA).takeOf(keysOfThisTest()));
            List<Long> heldByB = ids(new PendingMatchRepository(nodeB).takeDue(due));
            assertThat(heldByA).hasSize(3);
            assertThat(heldByB)
                    .as("B passes over what A holds, without waiting")
                    .isEmpty();

            nodeA.getTransaction().rollback(); // A dies: its rows are let go with its transaction
            assertThat(ids(new PendingMatchRepository(nodeB).takeDue(due)))
                    .containsExactlyInAnyOrderElementsOf(heldByA);
            nodeB.getTransaction().rollback();
        }
    }

    @Test
    void noSavedSearchWithAlerts_noRowIsWritten() {
        inTransaction(em -> em.createQuery("update SavedSearch s set s.alertsOn = false where s.alertsOn = true")
                .executeUpdate());

        publish("Desk " + word);

        assertThat(pending()).isEmpty();
    }

    @Test
    void aSecondAlertForTheSameSearchEntryAndVersion_isRefusedByTheDatabase() {
        inTransaction(em -> {
            em.persist(new SavedSearchAlert(savedSearch, EntryType.AUTHORITY, "x-" + word, 4, "X", true, T0));
            return null;
        });

        assertThatThrownBy(() -> inTransaction(em -> {
                    em.persist(new SavedSearchAlert(savedSearch, EntryType.AUTHORITY, "x-" + word, 4, "X", true, T0));
                    em.flush();
                    return null;
                }))
                .hasStackTraceContaining("UQ_SAVED_SEARCH_ALERT_ENTRY");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Creates a published authority and records its publication in the same transaction, as the editorial side does. */
    private String publish(String name) {
        String key = word + "-" + UUID.randomUUID().toString().substring(0, 6);
        inTransaction(em -> {
            Authority authority = Authority.create(key, agency(name));
            authority.startAs(PublicationStatus.PUBLISHED);
            em.persist(authority);
            service(em).record(EntriesPublished.one(EntryType.AUTHORITY, key, true));
            return null;
        });
        return key;
    }

    private static AuthorityContent agency(String name) {
        return new AuthorityContent(name, null, "SE", AuthorityKind.POLICE, null, null, Set.of(), Set.of(), null);
    }

    /** Writes the entry's document as it is stored now: the outbox processor's part, by hand. */
    private static void index(String key) {
        inTransaction(em -> {
            Search.session(em)
                    .indexingPlan()
                    .addOrUpdate(new EditorialRepository(em)
                            .find(EntryType.AUTHORITY, key)
                            .orElseThrow());
            return null;
        });
    }

    private PendingMatchService.Round matchOf(String key) {
        return inTransaction(em -> matcher(em).matchOf(List.of(key)));
    }

    private PendingMatchService.Round matchDue() {
        return inTransaction(em -> matcher(em).matchDue());
    }

    private int postponeDue() {
        return inTransaction(em -> matcher(em).postponeDue());
    }

    private AlertService service(EntityManager em) {
        return new AlertService(
                new SavedSearchRepository(em),
                new PendingMatchRepository(em),
                new EditorialRepository(em),
                matcher(em),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private PendingMatchService matcher(EntityManager em) {
        return new PendingMatchService(
                new PendingMatchRepository(em),
                new SavedSearchRepository(em),
                new UserRepository(em),
                new EditorialRepository(em),
                new IndexedVersions(unit.emf()),
                search,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private long storedVersion(String key) {
        return inTransaction(em -> new EditorialRepository(em)
                .find(EntryType.AUTHORITY, key)
                .orElseThrow()
                .getVersion());
    }

    private List<SavedSearchAlert> alerts() {
        return inTransaction(em -> new SavedSearchRepository(em).latestAlerts(savedSearch, 50));
    }

    private List<PendingAlertMatch> pending() {
        return inTransaction(em -> em.createQuery(
                        "select p from PendingAlertMatch p where p.entryKey like :word order by p.id",
                        PendingAlertMatch.class)
                .setParameter("word", word + "%")
                .getResultList());
    }

    private List<String> keysOfThisTest() {
        return pending().stream().map(PendingAlertMatch::getEntryKey).toList();
    }

    private static List<Long> ids(List<PendingAlertMatch> rows) {
        return rows.stream().map(PendingAlertMatch::getId).toList();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        try (EntityManager em = unit.entityManager()) {
            em.getTransaction().begin();
            try {
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            }
        }
    }
}
