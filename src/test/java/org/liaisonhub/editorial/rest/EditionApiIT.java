package org.liaisonhub.editorial.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonhub.editorial.edition.VerifyEdition;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;

/**
 * The signed offline edition over HTTP (issue 17, acceptance 4): the PDF opens in an independent reader (poppler's
 * pdftotext), holds only what its audience may see, prints the expiry on every page, and its signature verifies with
 * the server's public key — with the project's command and with openssl — until one byte changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditionApiIT {

    /** A RESTRICTED contact point of the demo data (Germany). */
    private static final String RESTRICTED_CONTACT = "INTERPOL NCB Wiesbaden";

    private static final String RESTRICTED_KEY = "de-bka-ncb";

    /** The local name of Egypt's Administrative Control Authority in the demo data. */
    private static final String ARABIC_AUTHORITY = "هيئة الرقابة الإدارية";

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path dir;

    private static String request(String scope, String value, String audience) {
        return request(scope, value, audience, "en");
    }

    private static String request(String scope, String value, String audience, String language) {
        var body = Json.createObjectBuilder()
                .add("scope", scope)
                .add("audience", audience)
                .add("validDays", 30)
                .add("language", language);
        if (value != null) {
            body.add("value", value);
        }
        return body.build().toString();
    }

    private JsonObject generate(Api editor, String scope, String value, String audience) {
        return generate(editor, request(scope, value, audience));
    }

    private JsonObject generate(Api editor, String request) {
        Api.Reply created = editor.postJson("api/editions", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private Path save(Api api, String path, String name) throws IOException {
        Api.Download download = api.download(path);
        assertThat(download.status()).as(path).isEqualTo(200);
        return Files.write(dir.resolve(name), download.body());
    }

    /** The PDF's text as poppler reads it, one string per page. */
    private static List<String> pdftotext(Path pdf) throws Exception {
        Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("pdftotext (poppler-utils): " + output)
                .isZero();
        return Arrays.stream(Files.readString(text, StandardCharsets.UTF_8).split("\f"))
                .filter(p -> !p.isBlank())
                .toList();
    }

    private static int verify(Path key, Path file) {
        return VerifyEdition.run(
                new String[] {key.toString(), file.toString(), file + ".sig"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void aMembersEdition_opensInPdftotext_withoutRestrictedEntries_andTheExpiryOnEveryPage() throws Exception {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        Api member = new Api(base).as(DemoAccounts.MEMBER);
        JsonObject edition = generate(editor, "country", "de", "members");
        long id = edition.getJsonNumber("id").longValue();
        String expiry = edition.getString("expiresAt").substring(0, 10);
        assertThat(edition.getString("audience")).isEqualTo("MEMBERS");
        assertThat(edition.getString("scopeValue")).isEqualTo("DE");

        List<String> pages = pdftotext(save(member, "api/editions/" + id + "/files/pdf", "members.pdf"));

        String text = String.join("\n", pages);
        assertThat(text)
                .contains("Asset Recovery Office Germany")
                .contains("Audience level: MEMBERS")
                .doesNotContain(RESTRICTED_CONTACT)
                .doesNotContain("Swedish Prosecution Authority");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains("Expires: " + expiry);
        }
        JsonObject json = Json.createReader(new StringReader(
                        Files.readString(save(member, "api/editions/" + id + "/files/json", "members.json"))))
                .readObject();
        assertThat(json.getJsonObject("edition").getString("audience")).isEqualTo("MEMBERS");
        assertThat(json.getJsonObject("edition").getString("expiresAt")).startsWith(expiry);
        assertThat(json.getJsonArray("contacts").stream()
                        .map(c -> c.asJsonObject().getString("key")))
                .contains("de-bka-aro")
                .doesNotContain(RESTRICTED_KEY);
    }

    /**
     * An Egyptian authority's name in an edition with Arabic labels, as poppler reads it: the letters joined (Arabic
     * presentation forms, which pdftotext returns as they are) and in reading order, so that NFKC, which PDF readers'
     * search applies, gives back the name as typed. Before ICU4J shaped and reordered the text, the name came back
     * unjoined and reversed.
     */
    @Test
    void anArabicEdition_opensInPdftotext_withTheArabicNameJoined_andInReadingOrder() throws Exception {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        Api member = new Api(base).as(DemoAccounts.MEMBER);
        long id = generate(editor, request("country", "EG", "members", "ar"))
                .getJsonNumber("id")
                .longValue();

        String text = String.join("\n", pdftotext(save(member, "api/editions/" + id + "/files/pdf", "arabic.pdf")));

        // "هيئة" joined: heh initial, yeh medial, yeh with hamza medial, teh marbuta final
        assertThat(text).as("joined letters").contains("\uFEEB\uFEF4\uFE8C\uFE94");
        String letters =
                Normalizer.normalize(text.replaceAll("[\u200E\u200F\u202A-\u202E\u2066-\u2069]", ""), Form.NFKC);
        assertThat(letters)
                .contains(ARABIC_AUTHORITY)
                .contains("Administrative Control Authority (Egypt)")
                .contains("السلطات ونقاط الاتصال");
    }

    @Test
    void aRestrictedEdition_holdsTheRestrictedContact_andIsNeitherListedNorServedToMembers() throws Exception {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        Api member = new Api(base).as(DemoAccounts.MEMBER);
        long id = generate(editor, "country", "DE", "restricted")
                .getJsonNumber("id")
                .longValue();

        assertThat(String.join("\n", pdftotext(save(editor, "api/editions/" + id + "/files/pdf", "restricted.pdf"))))
                .contains(RESTRICTED_CONTACT);
        assertThat(member.get("api/editions").jsonArray().stream()
                        .map(e -> e.asJsonObject().getJsonNumber("id").longValue()))
                .doesNotContain(id);
        assertThat(member.download("api/editions/" + id + "/files/pdf").status())
                .isEqualTo(404);
        assertThat(editor.get("api/editions").jsonArray().stream()
                        .map(e -> e.asJsonObject().getJsonNumber("id").longValue()))
                .contains(id);
    }

    @Test
    void bothFilesVerify_withThePublicKey_andOneChangedByteFails() throws Exception {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        long id = generate(editor, "network", "GlobE", "public")
                .getJsonNumber("id")
                .longValue();
        Path key = save(new Api(base), "api/editions/public-key", "edition-key.pem");
        for (String file : new String[] {"pdf", "json"}) {
            Path content = save(editor, "api/editions/" + id + "/files/" + file, "edition." + file);
            save(editor, "api/editions/" + id + "/files/" + file + ".sig", "edition." + file + ".sig");

            assertThat(verify(key, content)).as(file).isEqualTo(VerifyEdition.VALID);
            assertThat(openssl(key, content)).as("openssl " + file).isZero();

            byte[] bytes = Files.readAllBytes(content);
            bytes[bytes.length / 2] ^= 0x01;
            Files.write(content, bytes);
            assertThat(verify(key, content)).as(file + " with one byte changed").isEqualTo(VerifyEdition.INVALID);
            assertThat(openssl(key, content)).as("openssl, one byte changed").isNotZero();
        }
    }

    /** The documented second way: {@code openssl dgst -sha256 -verify key.pem -signature file.sig file}. */
    private static int openssl(Path key, Path file) throws Exception {
        Process process = new ProcessBuilder(
                        "openssl",
                        "dgst",
                        "-sha256",
                        "-verify",
                        key.toString(),
                        "-signature",
                        file + ".sig",
                        file.toString())
                .redirectErrorStream(true)
                .start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    @Test
    void downloadsAreLogged_forEditors_withWhoAndWhichFile() throws Exception {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        Api member = new Api(base).as(DemoAccounts.MEMBER);
        long id = generate(editor, "all", null, "members").getJsonNumber("id").longValue();
        assertThat(editor.get("api/editions/" + id + "/downloads").jsonArray()).isEmpty();

        save(member, "api/editions/" + id + "/files/json", "all.json");
        save(member, "api/editions/" + id + "/files/json.sig", "all.json.sig");

        var log = editor.get("api/editions/" + id + "/downloads").jsonArray();
        assertThat(log).hasSize(2);
        assertThat(log.stream().map(d -> d.asJsonObject().getString("downloadedBy")))
                .containsOnly("member");
        assertThat(log.stream().map(d -> d.asJsonObject().getString("file")))
                .containsExactlyInAnyOrder("json", "json.sig");
        assertThat(member.get("api/editions/" + id + "/downloads").status()).isEqualTo(403);
    }

    @Test
    void badRequests_andCallersWhoMayNot_getAClearAnswer() {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);

        Api.Reply planet = editor.postJson("api/editions", request("planet", "Mars", "members"));
        assertThat(planet.status()).isEqualTo(400);
        assertThat(planet.json().getString("message")).contains("all, country or network");
        Api.Reply nowhere = editor.postJson("api/editions", request("country", "ZZ", "members"));
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.json().getString("message")).contains("country ZZ");
        assertThat(editor.postJson("api/editions", "{\"scope\": \"all\", \"validDays\": 9999}")
                        .status())
                .isEqualTo(400);
        assertThat(editor.postJson("api/editions", "{\"scope\": [1]}").status()).isEqualTo(400);
        assertThat(editor.download("api/editions/999999999/files/pdf").status()).isEqualTo(404);
        assertThat(editor.download("api/editions/999999999/files/exe").status()).isEqualTo(404);

        assertThat(new Api(base)
                        .as(DemoAccounts.MEMBER)
                        .postJson("api/editions", request("all", null, "public"))
                        .status())
                .isEqualTo(403);
        assertThat(new Api(base)
                        .postJson("api/editions", request("all", null, "public"))
                        .status())
                .isEqualTo(401);
        assertThat(new Api(base).get("api/editions").status()).isEqualTo(401);
    }
}
