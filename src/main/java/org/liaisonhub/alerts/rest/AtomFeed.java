package org.liaisonhub.alerts.rest;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.liaisonhub.alerts.application.FeedAlert;
import org.liaisonhub.alerts.application.SavedSearchService.Feed;
import org.liaisonhub.platform.Pages;

/**
 * A saved search's alerts as an Atom 1.0 feed (RFC 4287), written with the JDK's StAX writer (escaping is its job):
 * permanent {@code urn:liaison:…} ids, {@code updated} of the newest alert (or of the search when none), one entry
 * per alert linking to the entry's page, its summary in the language the search was saved in.
 */
final class AtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    static String write(Feed feed, String base) {
        ResourceBundle messages = ResourceBundle.getBundle(
                "i18n.messages",
                Locale.forLanguageTag(feed.search().language()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute(
                    "xml", XMLConstants.XML_NS_URI, "lang", feed.search().language());
            text(xml, "id", "urn:liaison:saved-search:" + feed.search().id());
            text(xml, "title", "Liaison — " + feed.search().name());
            Instant updated = feed.alerts().isEmpty()
                    ? feed.search().createdAt()
                    : feed.alerts().get(0).alertedAt();
            text(xml, "updated", date(updated));
            link(xml, "self", base + feed.search().feed());
            link(xml, "alternate", base + "/search.xhtml?" + feed.search().search());
            xml.writeStartElement("author");
            text(xml, "name", "Liaison");
            xml.writeEndElement();
            for (FeedAlert alert : feed.alerts()) {
                xml.writeStartElement("entry");
                text(xml, "id", "urn:liaison:alert:" + alert.id());
                text(xml, "title", alert.title());
                text(xml, "updated", date(alert.alertedAt()));
                link(xml, "alternate", base + Pages.detailOf(alert.type(), alert.key()));
                text(
                        xml,
                        "summary",
                        messages.getString(alert.newlyPublished() ? "alerts.mail.new" : "alerts.mail.changed") + " · "
                                + messages.getString("type." + alert.type().code()) + ": "
                                + alert.title());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
