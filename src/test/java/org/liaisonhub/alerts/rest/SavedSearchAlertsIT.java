package org.liaisonhub.alerts.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.LiaisonDeployments;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Saved searches with alerts, end to end: a member saves a search, an editor publishes entries (import, and the
 * workflow), the member's Atom feed and the digest e-mail — received by a real SMTP server in this JVM (GreenMail,
 * on {@code it.smtp.port}, where the test server's mail session sends: arquillian.xml) — carry exactly one alert for
 * the matching entry the member may see, none for a RESTRICTED one, and none after unsubscribing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SavedSearchAlertsIT {

    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    String word;
    String mailbox;
    Api member;
    Api editor;
    Api admin;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 2525), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void setUp() {
        // A word no demo entry and no other test uses, so this test sees only its own entries and e-mails.
        word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        mailbox = word + "@example.org";
        member = new Api(base).as(DemoAccounts.MEMBER);
        editor = new Api(base).as(DemoAccounts.EDITOR);
        admin = new Api(base).as(DemoAccounts.ADMIN);
    }

    private long save(String search, String email) {
        Api.Reply saved = member.postJson(
                "api/saved-searches",
                Json.createObjectBuilder()
                        .add("name", "Watch " + word)
                        .add("search", search)
                        .add("email", email)
                        .build()
                        .toString());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        return saved.json().getJsonNumber("id").longValue();
    }

    private void publish(String key, String name, String visibility) {
        String document = ExchangeJson.document()
                .authority(
                        key, a -> a.name(name).country("SE").kind("PROSECUTION").visibility(visibility))
                .toJson();
        Api.Reply imported = editor.postJson("api/import", document);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    }

    private List<String> feedTitles(long id) throws Exception {
        Api.Reply feed = member.get("api/saved-searches/" + id + "/alerts.atom");
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        NodeList entries = atom.getElementsByTagNameNS(AtomFeed.ATOM, "entry");
        String[] titles = new String[entries.getLength()];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = ((org.w3c.dom.Element) entries.item(i))
                    .getElementsByTagNameNS(AtomFeed.ATOM, "title")
                    .item(0)
                    .getTextContent();
        }
        return Arrays.asList(titles);
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mine = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(r -> r.toString().equals(address))) {
                mine.add(message);
            }
        }
        return mine;
    }

    private void sendDigests() {
        Api.Reply digest = admin.post("api/saved-searches/digest", "application/json", "");
        assertThat(digest.status()).as(digest.toString()).isEqualTo(200);
    }

    @Test
    void aMatchingPublishedEntry_givesExactlyOneAlert_inTheFeedAndByEMail_noneForRestricted_noneAfterUnsubscribing()
            throws Exception {
        long id = save("q=" + word, mailbox);

        publish(word + "-open", "Open desk " + word, "PUBLIC");
        publish(word + "-secret", "Secret desk " + word, "RESTRICTED");
        publish(word + "-other", "Unrelated desk", "PUBLIC");

        assertThat(feedTitles(id)).containsExactly("Open desk " + word);
        sendDigests();
        sendDigests(); // a second run sends nothing new
        List<MimeMessage> mails = mailsTo(mailbox);
        assertThat(mails).hasSize(1);
        String text = (String) mails.get(0).getContent(); // text/plain, decoded
        assertThat(mails.get(0).getSubject()).contains("Watch " + word);
        assertThat(text)
                .contains("Open desk " + word)
                .contains("/directory/authority.xhtml?key=" + word + "-open")
                .doesNotContain("Secret")
                .doesNotContain("Unrelated");
        assertThat(mails.get(0).getHeader("List-Unsubscribe")[0]).contains("/api/saved-searches/unsubscribe?token=");

        Matcher link = Pattern.compile("/api/saved-searches/unsubscribe\\?token=([0-9a-f]{64})")
                .matcher(text);
        assertThat(link.find()).as("the e-mail carries its unsubscribe link").isTrue();
        Api anonymous = new Api(base);
        Api.Reply unsubscribed = anonymous.get("api/saved-searches/unsubscribe?token=" + link.group(1));
        assertThat(unsubscribed.status()).as(unsubscribed.toString()).isEqualTo(200);
        assertThat(unsubscribed.body()).contains("Watch " + word);
        assertThat(anonymous
                        .get("api/saved-searches/unsubscribe?token=" + link.group(1))
                        .status())
                .as("one click, and a second is harmless")
                .isEqualTo(200);

        publish(word + "-later", "Later desk " + word, "PUBLIC");
        sendDigests();

        assertThat(feedTitles(id)).containsExactly("Open desk " + word);
        assertThat(mailsTo(mailbox)).hasSize(1);
        assertThat(member.get("api/saved-searches").body()).contains("\"alertsOn\":false");
    }

    @Test
    void publishingThroughTheWorkflow_alertsOnce_andOnlyThen() throws Exception {
        long id = save("q=" + word + "&country=SE", mailbox);
        String document = ExchangeJson.document()
                .authority(
                        word + "-draft",
                        a -> a.name("Draft desk " + word).country("SE").kind("PROSECUTION"))
                .toJson();
        assertThat(editor.postJson("api/import?status=draft", document).status())
                .isEqualTo(200);

        assertThat(feedTitles(id)).as("a draft alerts nobody").isEmpty();

        long version = editor.get("api/editorial/authority/" + word + "-draft")
                .json()
                .getJsonNumber("version")
                .longValue();
        Api.Reply moved = editor.post(
                "api/editorial/authority/" + word + "-draft/status",
                "application/x-www-form-urlencoded",
                "to=PUBLISHED&version=" + version);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        assertThat(feedTitles(id)).containsExactly("Draft desk " + word);
        sendDigests();
        assertThat(mailsTo(mailbox)).hasSize(1);
    }

    @Test
    void savedSearchesAreTheirOwners_andBadInputIsRefusedWithAMessage() {
        long id = save("q=" + word, "");

        assertThat(editor.get("api/saved-searches/" + id + "/alerts.atom").status())
                .as("another user's feed is not found")
                .isEqualTo(404);
        assertThat(editor.get("api/saved-searches").body()).doesNotContain(word);
        assertThat(new Api(base).get("api/saved-searches").status()).isEqualTo(401);
        assertThat(new Api(base)
                        .get("api/saved-searches/" + id + "/alerts.atom")
                        .status())
                .isEqualTo(401);
        assertThat(member.post("api/saved-searches/digest", "application/json", "")
                        .status())
                .isEqualTo(403);

        Api.Reply badCountry = member.postJson("api/saved-searches", "{\"name\": \"x\", \"search\": \"country=XX\"}");
        assertThat(badCountry.status()).isEqualTo(400);
        assertThat(badCountry.json().getString("message")).contains("country");
        Api.Reply badMail = member.postJson(
                "api/saved-searches",
                "{\"name\": \"y" + word + "\", \"search\": \"q=EIO\", \"email\": \"not an address\"}");
        assertThat(badMail.status()).isEqualTo(400);
        assertThat(badMail.json().getString("message")).contains("e-mail");
        Api.Reply noName = member.postJson("api/saved-searches", "{\"search\": \"q=EIO\"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(member.postJson("api/saved-searches", "{not json").status()).isEqualTo(400);
        assertThat(new Api(base)
                        .get("api/saved-searches/unsubscribe?token=nope")
                        .status())
                .isEqualTo(404);

        assertThat(member.delete("api/saved-searches/" + id).status()).isEqualTo(204);
        assertThat(member.get("api/saved-searches/" + id + "/alerts.atom").status())
                .isEqualTo(404);
    }
}
