package org.liaisonhub.editorial.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.editorial.exchange.ExchangeReader;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.search.application.CatalogSearchService;
import org.liaisonhub.search.application.IndexMaintenance;
import org.liaisonhub.search.application.SearchHit;
import org.liaisonhub.search.application.SearchRequest;
import org.liaisonhub.search.application.SearchResults;
import org.liaisonhub.search.application.SearchSort;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.LiaisonDeployments;

/** Import, index and export inside the server, through the application services themselves. */
@ExtendWith(ArquillianExtension.class)
class ImportServiceIT {

    @Deployment
    static WebArchive app() {
        return LiaisonDeployments.applicationWith(ImportServiceIT.class);
    }

    @Inject
    ImportService importer;

    @Inject
    ExportService exporter;

    @Inject
    CatalogSearchService search;

    @Inject
    IndexMaintenance index;

    @Inject
    org.liaisonhub.directory.application.DirectoryService directory;

    @Inject
    jakarta.persistence.EntityManager em;

    private static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private SearchResults find(String text, Viewer viewer) {
        return search.search(SearchRequest.of(text), viewer);
    }

    private static String authorityWithContact(String word, String authorityName, String contactVisibility) {
        return ExchangeJson.document()
                .authority(word + "-a", a -> a.name(authorityName).country("MA").kind("ANTI_CORRUPTION_AGENCY"))
                .contact(
                        word + "-c",
                        c -> c.authority(word + "-a").role("Desk " + word).visibility(contactVisibility))
                .toJson();
    }

    @Test
    void renamingAnAuthority_reindexesItsContactPoints() {
        String word = uniqueWord();
        String oldName = "Instance " + uniqueWord();
        String newName = "Instance " + uniqueWord();
        importer.importDocument(ExchangeReader.read(authorityWithContact(word, oldName, "PUBLIC")));

        importer.importDocument(ExchangeReader.read(authorityWithContact(word, newName, "PUBLIC")));

        List<SearchHit> hits = find(newName.split(" ")[1], Viewer.anonymous()).hits();
        assertTrue(
                hits.stream()
                        .anyMatch(h ->
                                h.key().equals(word + "-c") && h.plainSnippet().contains(newName)),
                "contact found by its authority's new name: " + hits);
        assertEquals(0, find(oldName.split(" ")[1], Viewer.anonymous()).total());
    }

    @Test
    void visibility_isAppliedInTheQueryForEveryViewer() {
        String word = uniqueWord();
        importer.importDocument(ExchangeReader.read(authorityWithContact(word, "Agency " + word, "MEMBERS")));

        assertEquals(1, find(word, Viewer.anonymous()).total(), "anonymous: the authority only");
        assertEquals(2, find(word, Viewer.of("m", Role.MEMBER)).total());
        SearchResults anonymous = find(word, Viewer.anonymous());
        assertEquals(
                1L,
                anonymous.facets().get("type").values().stream()
                        .mapToLong(Long::longValue)
                        .sum(),
                "facet counts exclude what the viewer may not see");
    }

    @Test
    void anInvalidReference_writesNothingAtAll() {
        String word = uniqueWord();
        String document = ExchangeJson.document()
                .resource(word + "-r", r -> r.name("Resource " + word).kind("TOOL"))
                .contact(word + "-c", c -> c.authority("missing-" + word).role("Desk"))
                .toJson();

        assertThrows(InvalidDocumentException.class, () -> importer.importDocument(ExchangeReader.read(document)));

        assertEquals(0, find(word, Viewer.of("e", Role.EDITOR)).total());
    }

    @Test
    void export_includesMembersOnlyEntriesOnlyForThoseWhoMaySeeThem() {
        String word = uniqueWord();
        importer.importDocument(ExchangeReader.read(authorityWithContact(word, "Agency " + word, "RESTRICTED")));

        assertTrue(exporter.export(Viewer.of("e", Role.EDITOR)).contacts().stream()
                .anyMatch(c -> c.key().equals(word + "-c")));
        assertTrue(exporter.export(Viewer.of("m", Role.MEMBER)).contacts().stream()
                .noneMatch(c -> c.key().equals(word + "-c")));
    }

    @Test
    void reindex_rebuildsAnIndexInStepWithTheDatabase() {
        index.reindex();

        IndexMaintenance.IndexStatus status = index.status();
        assertTrue(status.stored() > 150, "demo data loaded: " + status);
        assertTrue(status.inStep(), status.toString());
        SearchResults browse = search.search(
                new SearchRequest("", java.util.Set.of(EntryType.RESOURCE), java.util.Set.of(), 1, 5, SearchSort.NAME),
                Viewer.of("e", Role.EDITOR));
        assertEquals(5, browse.hits().size());
    }

    @Test
    void authorities_areKeptInTheSecondLevelCache() {
        String word = uniqueWord();
        importer.importDocument(ExchangeReader.read(authorityWithContact(word, "Agency " + word, "PUBLIC")));
        var cache = em.getEntityManagerFactory().getCache();
        cache.evictAll();
        Long id = em.createQuery("select a.id from Authority a where a.key = :key", Long.class)
                .setParameter("key", word + "-a")
                .getSingleResult();

        directory.authority(word + "-a", Viewer.anonymous()).orElseThrow();

        assertTrue(cache.contains(org.liaisonhub.directory.domain.Authority.class, id));
        assertTrue(
                !cache.contains(org.liaisonhub.practices.domain.GoodPractice.class, id),
                "only entities marked @Cacheable are cached");
    }
}
