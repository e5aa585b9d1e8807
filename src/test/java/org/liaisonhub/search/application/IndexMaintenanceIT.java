package org.liaisonhub.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.editorial.application.ImportService;
import org.liaisonhub.editorial.exchange.ExchangeReader;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.search.application.IndexMaintenance.IndexStatus;
import org.liaisonhub.search.application.IndexMaintenance.ReindexReport;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.LiaisonDeployments;

/**
 * Inside the server: the start-up check finds an index that fell behind the database (as a crash between a commit
 * and its index write leaves it) entry by entry, and re-indexing brings it back in step. The database is changed
 * behind Hibernate Search's back with SQL, which it cannot see.
 */
@ExtendWith(ArquillianExtension.class)
class IndexMaintenanceIT {

    @Deployment
    static WebArchive app() {
        return LiaisonDeployments.applicationWith(IndexMaintenanceIT.class);
    }

    @Inject
    IndexMaintenance index;

    @Inject
    ImportService importer;

    @Inject
    CatalogSearchService search;

    @Inject
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private final String word =
            "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private long hits(String text) {
        return search.search(SearchRequest.of(text), Viewer.of("e", Role.EDITOR))
                .total();
    }

    private IndexCheck check(IndexStatus status, String kind) {
        return status.kinds().stream()
                .filter(k -> k.kind().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private void importJson(String json) {
        importer.importDocument(ExchangeReader.read(json));
    }

    private void resource() {
        importJson(ExchangeJson.document()
                .resource(word, r -> r.name("Resource " + word).kind("TOOL").ictCategories("DATABASES"))
                .toJson());
    }

    private void authorityWithContact(String email) {
        importJson(ExchangeJson.document()
                .authority(
                        word + "-a", a -> a.name("Agency " + word).country("GH").kind("FIU"))
                .contact(word + "-c", c -> c.authority(word + "-a").role("Desk").email(email))
                .toJson());
    }

    private void sql(String statement, Object... parameters) throws Exception {
        transaction.begin();
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        transaction.commit();
    }

    @Test
    void updatesOfUnindexedFieldsOnly_leaveTheIndexInStep() {
        authorityWithContact("desk@" + word + ".example.org");

        authorityWithContact("other.desk@" + word + ".example.org");

        IndexStatus status = index.status();
        assertTrue(status.inStep(), status.toString());
        assertTrue(status.stored() > 150, "demo data and more: " + status);
    }

    @Test
    void anEntryChangedBehindTheIndexsBack_isFoundStale_andReindexed() throws Exception {
        resource();

        sql(
                "update network_resource set name = ?, version = version + 1 where entry_key = ?",
                "Renamed " + word + "x",
                word);

        IndexStatus status = index.status();
        assertEquals(1, check(status, "NetworkResource").stale(), status.toString());
        assertFalse(status.inStep());
        assertEquals(0, hits(word + "x"));
        assertTrue(index.reindexIfBehind().inStep());
        assertEquals(1, hits(word + "x"));
    }

    @Test
    void aContactPointShowingItsAuthoritysOldName_isFoundStale() throws Exception {
        authorityWithContact("desk@" + word + ".example.org");

        // The authority's document itself is rewritten after a rename; the crash came before its contact's.
        sql("update authority set name = ? where entry_key = ?", "Agency " + word + "y", word + "-a");

        IndexStatus status = index.status();
        assertEquals(1, check(status, "ContactPoint").stale(), status.toString());
        assertTrue(index.reindexIfBehind().inStep());
        assertEquals(2, hits(word + "y"), "the authority and its contact point, by the new name");
    }

    @Test
    void aLostDocument_isFoundMissing_andReindexed() throws Exception {
        resource();
        Long id = em.createQuery("select r.id from NetworkResource r where r.key = :key", Long.class)
                .setParameter("key", word)
                .getSingleResult();

        transaction.begin();
        Search.session(em).indexingPlan().purge(NetworkResource.class, id, null);
        transaction.commit();

        IndexStatus status = index.status();
        assertEquals(1, check(status, "NetworkResource").missing(), status.toString());
        assertEquals(0, hits(word));
        assertTrue(index.reindexIfBehind().inStep());
        assertEquals(1, hits(word));
    }

    @Test
    void theDocumentOfADeletedEntry_isFoundOrphaned_andRemoved() throws Exception {
        resource();

        sql("delete from resource_ict where resource_id = (select id from network_resource where entry_key = ?)", word);
        sql("delete from network_resource where entry_key = ?", word);

        IndexStatus status = index.status();
        assertEquals(1, check(status, "NetworkResource").orphaned(), status.toString());
        assertTrue(index.reindexIfBehind().inStep());
        assertEquals(0, hits(word));
    }

    @Test
    void rebuild_theAdminsReindex_reportsAnIndexInStep() {
        resource();

        ReindexReport report = index.rebuild();

        assertTrue(report.before().inStep(), report.toString());
        assertTrue(report.after().inStep(), report.toString());
        assertEquals(report.before().stored(), report.after().indexed());
        assertEquals(1, hits(word));
    }
}
