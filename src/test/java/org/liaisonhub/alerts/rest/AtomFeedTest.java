package org.liaisonhub.alerts.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.liaisonhub.alerts.application.FeedAlert;
import org.liaisonhub.alerts.application.SavedSearchService.Feed;
import org.liaisonhub.alerts.application.SavedSearchSummary;
import org.liaisonhub.catalog.EntryType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {

    private static final SavedSearchSummary SEARCH = new SavedSearchSummary(
            42,
            "EIO <Sweden> & co",
            "q=EIO&country=SE",
            null,
            "en",
            true,
            Instant.parse("2026-12-01T08:00:00Z"),
            "/api/saved-searches/42/alerts.atom");

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(AtomFeed.ATOM, name).item(0).getTextContent();
    }

    @Test
    void feed_isAtom_withPermanentIds_newestUpdated_andOneEntryPerAlert() throws Exception {
        Feed feed = new Feed(
                SEARCH,
                List.of(
                        new FeedAlert(
                                9,
                                EntryType.CONTACT,
                                "se-eio",
                                "EIO desk",
                                true,
                                Instant.parse("2026-12-05T10:15:30.123Z")),
                        new FeedAlert(
                                3,
                                EntryType.AUTHORITY,
                                "se-rmk",
                                "Åklagarmyndigheten",
                                false,
                                Instant.parse("2026-12-04T09:00:00Z"))));

        Document atom = parse(AtomFeed.write(feed, "https://liaison.example"));
        Element root = atom.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(AtomFeed.ATOM);
        assertThat(child(root, "id")).isEqualTo("urn:liaison:saved-search:42");
        assertThat(child(root, "title")).isEqualTo("Liaison — EIO <Sweden> & co");
        assertThat(child(root, "updated")).isEqualTo("2026-12-05T10:15:30Z");
        var entries = root.getElementsByTagNameNS(AtomFeed.ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        assertThat(child(first, "id")).isEqualTo("urn:liaison:alert:9");
        assertThat(child(first, "title")).isEqualTo("EIO desk");
        assertThat(((Element) first.getElementsByTagNameNS(AtomFeed.ATOM, "link")
                                .item(0))
                        .getAttribute("href"))
                .isEqualTo("https://liaison.example/directory/contact.xhtml?key=se-eio");
        assertThat(child(first, "summary")).isEqualTo("New · Contact point: EIO desk");
        assertThat(child((Element) entries.item(1), "title")).isEqualTo("Åklagarmyndigheten");
        assertThat(child((Element) entries.item(1), "summary")).isEqualTo("Changed · Authority: Åklagarmyndigheten");
    }

    @Test
    void anEmptyFeed_isUpdatedWhenTheSearchWasSaved() throws Exception {
        Document atom = parse(AtomFeed.write(new Feed(SEARCH, List.of()), "https://liaison.example"));

        assertThat(child(atom.getDocumentElement(), "updated")).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(atom.getElementsByTagNameNS(AtomFeed.ATOM, "entry").getLength())
                .isZero();
    }
}
