package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaisonhub.bench.LiaisonUnit;
import org.liaisonhub.bench.SyntheticCatalog;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.resources.domain.NetworkResource;

/**
 * The SQL that indexing costs, counted by Hibernate's statistics on the application's own persistence unit (booted
 * in Java SE by the benchmark harness, on the synthetic catalogue in H2): every association the index reads must be
 * loaded for a whole batch of entries at once, never one entry at a time, so the statements grow with the batches,
 * not with the entries.
 */
class IndexingStatementsTest {

    private static final int ENTRIES = 1000;

    private static JdbcConnectionPool h2;
    private static LiaisonUnit unit;
    private static SyntheticCatalog.Counts counts;

    @BeforeAll
    static void writeCatalogue() throws SQLException {
        h2 = JdbcConnectionPool.create("jdbc:h2:mem:indexing-statements;DB_CLOSE_DELAY=-1", "sa", "sa");
        unit = new LiaisonUnit(
                h2,
                Path.of("target/indexing-statements-index").toAbsolutePath(),
                Map.of("hibernate.generate_statistics", "true"));
        counts = new SyntheticCatalog(20261204L).write(h2, ENTRIES);
    }

    @AfterAll
    static void close() {
        unit.close();
        h2.dispose();
    }

    @Test
    void massIndexing_loadsEveryIndexedAssociationOncePerBatch() {
        Statistics statistics = statistics();

        unit.massIndex();

        // Each indexed association was read (the assertions below are not vacuous) …
        String contact = ContactPoint.class.getName();
        String practice = GoodPractice.class.getName();
        String authority = Authority.class.getName();
        assertThat(statistics.getCollectionStatistics(contact + ".languages").getLoadCount())
                .isPositive();
        assertThat(statistics.getCollectionStatistics(practice + ".answers").getLoadCount())
                .isPositive();
        assertThat(statistics.getEntityStatistics(authority).getFetchCount()).isPositive();
        // … and fetched once per batch of its owners, not once per owner.
        assertFetchedPerBatch(statistics, authority, counts.authorities(), "networks", "competences");
        assertFetchedPerBatch(statistics, contact, counts.contacts(), "languages", "competences", "networks");
        assertFetchedPerBatch(statistics, NetworkResource.class.getName(), counts.resources(), "ictCategories");
        assertFetchedPerBatch(statistics, practice, counts.practices(), "ictCategories", "challenges", "answers");
        assertThat(statistics.getEntityStatistics(authority).getFetchCount())
                .as("authorities of the contact points")
                .isLessThanOrEqualTo(batches(counts.contacts()));
        // Everything together: a few statements per batch (the batch itself and its associations), plus a few
        // per type (counting and listing the ids).
        long batches = batches(counts.authorities())
                + batches(counts.contacts())
                + batches(counts.resources())
                + batches(counts.practices());
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(20 + 6 * batches);
    }

    @Test
    void renamingAnAuthority_reindexesItsContactsWithOneFetchPerAssociation() throws SQLException {
        long authorityId = authorityWithMostContacts();
        Statistics statistics = statistics();

        try (EntityManager em = unit.entityManager()) {
            em.getTransaction().begin();
            Authority authority = em.find(Authority.class, authorityId);
            AuthorityContent content = authority.content();
            authority.revise(new AuthorityContent(
                    content.name() + " renamed",
                    content.localName(),
                    content.country(),
                    content.kind(),
                    content.website(),
                    content.description(),
                    content.networks(),
                    content.competences(),
                    content.visibility()));
            em.getTransaction().commit();
        }

        // The contacts were re-indexed (their summary holds the authority's name) …
        String contact = ContactPoint.class.getName();
        assertThat(statistics
                        .getCollectionStatistics(Authority.class.getName() + ".contacts")
                        .getLoadCount())
                .isEqualTo(1);
        assertThat(statistics.getCollectionStatistics(contact + ".languages").getLoadCount())
                .isGreaterThan(1);
        // … with each of their indexed collections fetched in one statement for all of them.
        for (String role : new String[] {"languages", "competences", "networks"}) {
            assertThat(statistics.getCollectionStatistics(contact + "." + role).getFetchCount())
                    .as(role)
                    .isEqualTo(1);
        }
    }

    private static void assertFetchedPerBatch(Statistics statistics, String owner, int owners, String... roles) {
        for (String role : roles) {
            assertThat(statistics.getCollectionStatistics(owner + "." + role).getFetchCount())
                    .as(owner + "." + role)
                    .isLessThanOrEqualTo(batches(owners));
        }
    }

    private static long batches(int entries) {
        return (entries + IndexMaintenance.BATCH_SIZE - 1) / IndexMaintenance.BATCH_SIZE;
    }

    private static Statistics statistics() {
        Statistics statistics = unit.emf().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        return statistics;
    }

    private static long authorityWithMostContacts() throws SQLException {
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select authority_id, count(*) from contact_point"
                        + " group by authority_id order by count(*) desc, authority_id fetch first 1 rows only")) {
            rows.next();
            assertThat(rows.getLong(2)).as("contacts of the busiest authority").isGreaterThan(1);
            return rows.getLong(1);
        }
    }
}
