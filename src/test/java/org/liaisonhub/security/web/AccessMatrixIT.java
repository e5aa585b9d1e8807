package org.liaisonhub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.LiaisonDeployments;

/**
 * The security test matrix of issue 4 (acceptance 1): every way out × every role, over HTTP against the
 * deployed portal. The fixture, imported once by the editor, has a MEMBERS and a RESTRICTED entry of each
 * kind (authority, contact point, resource, practice), each with its own made-up word in name and summary,
 * a PUBLIC contact point whose person name and direct phone are for members only, and a MEMBERS and a RESTRICTED
 * authority each with a PUBLIC contact point: a contact is hidden wherever its authority is (its effective
 * visibility is the stricter of the two). Those contacts are imported while their authority is PUBLIC and the
 * authority is tightened by a second import, which also proves that contacts are re-indexed when it changes.
 *
 * <p>Each row of {@link #ROWS} is one way out (hits, total, facets, suggestions, …) for one secret; a row
 * knows who may see the secret and checks both outcomes. Adding a way out is one line.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    /** The four kinds of caller, from the demo accounts. */
    enum Caller {
        ANONYMOUS(null),
        MEMBER(DemoAccounts.MEMBER),
        EDITOR(DemoAccounts.EDITOR),
        ADMIN(DemoAccounts.ADMIN);

        final DemoAccounts.Account account;

        Caller(DemoAccounts.Account account) {
            this.account = account;
        }

        Api api(URL base) {
            Api api = new Api(base);
            return account == null ? api : api.as(account);
        }

        boolean sees(Secret secret) {
            return switch (secret) {
                case MEMBERS, PERSONAL, MEMBERS_AUTHORITY -> this != ANONYMOUS;
                case RESTRICTED, RESTRICTED_AUTHORITY -> this == EDITOR || this == ADMIN;
            };
        }
    }

    /**
     * What is hidden: a MEMBERS entry of each kind, a RESTRICTED one, a public contact's personal details, and a
     * MEMBERS / RESTRICTED authority with a PUBLIC contact point (the contact must not reveal the authority).
     */
    enum Secret {
        MEMBERS,
        RESTRICTED,
        PERSONAL,
        MEMBERS_AUTHORITY,
        RESTRICTED_AUTHORITY;

        /** The kinds of entry that carry this secret's word, by their API path. */
        List<String> kinds() {
            return switch (this) {
                case MEMBERS_AUTHORITY, RESTRICTED_AUTHORITY -> List.of("authorities", "contacts");
                default -> List.of("authorities", "contacts", "resources", "practices");
            };
        }
    }

    private static final java.util.Map<String, String> TYPE_OF_KIND = java.util.Map.of(
            "authorities", "authority", "contacts", "contact", "resources", "resource", "practices", "practice");

    /** One way out for one secret: {@code check(fixture, api, visible)} asserts what the caller gets. */
    record Row(String way, Secret secret, Check check) {
        @Override
        public String toString() {
            return way + " / " + secret;
        }
    }

    @FunctionalInterface
    interface Check {
        void verify(Fixture f, Api api, boolean visible) throws Exception;
    }

    static final List<Row> ROWS = rows();

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Secret level :
                List.of(Secret.MEMBERS, Secret.RESTRICTED, Secret.MEMBERS_AUTHORITY, Secret.RESTRICTED_AUTHORITY)) {
            int entries = level.kinds().size();
            rows.add(new Row("search hits", level, (f, api, visible) -> {
                JsonObject result = api.search(f.word(level), "size=50").json();
                Set<String> keys = result.getJsonArray("hits").stream()
                        .map(h -> h.asJsonObject().getString("key"))
                        .collect(Collectors.toSet());
                assertThat(keys).isEqualTo(visible ? f.keys(level) : Set.of());
            }));
            rows.add(new Row("search total", level, (f, api, visible) -> assertThat(
                            api.search(f.word(level)).json().getInt("total"))
                    .isEqualTo(visible ? entries : 0)));
            rows.add(new Row("every facet count", level, (f, api, visible) -> {
                JsonObject result = api.search(f.word(level)).json();
                JsonObject facets = result.getJsonObject("facets");
                assertThat(facets.keySet()).as("facets present").contains("type", "country");
                for (String facet : facets.keySet()) {
                    JsonObject counts = facets.getJsonObject(facet);
                    for (String value : counts.keySet()) {
                        long count = counts.getJsonNumber(value).longValue();
                        assertThat(count).as(facet + "=" + value).isBetween(0L, visible ? entries : 0L);
                    }
                }
                if (visible) {
                    JsonObject type = facets.getJsonObject("type");
                    assertThat(type.keySet().stream().collect(Collectors.toMap(k -> k, k -> type.getJsonNumber(k)
                                    .longValue())))
                            .as("type facet")
                            .containsAllEntriesOf(
                                    level.kinds().stream().collect(Collectors.toMap(TYPE_OF_KIND::get, k -> 1L)));
                    assertThat(count(facets.getJsonObject("country"), Fixture.COUNTRY))
                            .as("country facet")
                            .isGreaterThanOrEqualTo(2);
                }
            }));
            rows.add(new Row("snippets and highlights", level, (f, api, visible) -> assertThat(api.search(f.word(level))
                            .body()
                            .toLowerCase(Locale.ROOT)
                            .contains(f.word(level)))
                    .isEqualTo(visible)));
            rows.add(new Row("search page", level, (f, api, visible) -> {
                Api.Reply page = api.get("search.xhtml?q=" + f.word(level));
                assertThat(page.status()).isEqualTo(200);
                // The page repeats the query in its search box, so look for the hits' links (their keys).
                assertThat(f.keys(level).stream().filter(page.body()::contains).count())
                        .as("hits on the page")
                        .isEqualTo(visible ? entries : 0);
            }));
            rows.add(new Row("suggestions", level, (f, api, visible) -> {
                Api.Reply reply = api.get("api/suggest?q=" + f.word(level).substring(0, 7));
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                assertThat(reply.body().contains(f.word(level))).isEqualTo(visible);
            }));
            rows.add(new Row("did-you-mean", level, (f, api, visible) -> {
                // One letter in the middle changed to one the fixture's words never have (they use a..p): a stemmer
                // takes endings off, so a changed last letter could stem to the same word and be no typo at all.
                String typo =
                        f.word(level).substring(0, 6) + "x" + f.word(level).substring(7);
                Api.Reply reply = api.search(typo);
                assertThat(reply.status()).isEqualTo(200);
                if (!visible) {
                    assertThat(reply.body()).doesNotContain(f.word(level));
                    return;
                }
                assertThat(reply.json().getString("didYouMean", ""))
                        .as(reply.toString())
                        .isEqualToIgnoringCase(f.word(level));
            }));
            for (String kind : level.kinds()) {
                rows.add(new Row("GET /api/" + kind + "/{key}", level, (f, api, visible) -> {
                    Api.Reply reply = api.get("api/" + kind + "/" + f.key(level, kind));
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(visible ? 200 : 404);
                    assertThat(reply.body().contains(f.word(level))).isEqualTo(visible);
                }));
            }
            for (String page :
                    List.of("directory/authority", "directory/contact", "resources/resource", "practices/practice")) {
                String kind =
                        switch (page) {
                            case "directory/authority" -> "authorities";
                            case "directory/contact" -> "contacts";
                            case "resources/resource" -> "resources";
                            default -> "practices";
                        };
                if (!level.kinds().contains(kind)) {
                    continue;
                }
                rows.add(new Row(page + ".xhtml", level, (f, api, visible) -> {
                    Api.Reply reply = api.get(page + ".xhtml?key=" + f.key(level, kind));
                    assertThat(reply.status()).isEqualTo(visible ? 200 : 404);
                    assertThat(reply.body().contains(f.word(level))).isEqualTo(visible);
                }));
            }
            rows.add(new Row("vCard", level, (f, api, visible) -> {
                Api.Reply reply = api.get("api/contacts/" + f.key(level, "contacts") + "/vcard");
                assertThat(reply.status()).isEqualTo(visible ? 200 : 404);
                assertThat(reply.body().contains(f.word(level))).isEqualTo(visible);
            }));
            rows.add(new Row("QR code", level, (f, api, visible) -> {
                byte[] png = f.bytes(api, "api/contacts/" + f.key(level, "contacts") + "/qr");
                if (visible) {
                    assertThat(decodeQr(png)).contains(f.word(level));
                } else {
                    assertThat(png).isNull();
                }
            }));
            rows.add(new Row("export", level, (f, api, visible) -> {
                Api.Reply reply = api.get("api/export");
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.body().contains(f.word(level))).isEqualTo(visible);
            }));
            rows.add(new Row("finder API", level, (f, api, visible) -> {
                Api.Reply reply = api.get("api/finder?country=" + Fixture.COUNTRY + "&need=EIO");
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.body().contains(f.word(level))).isEqualTo(visible);
            }));
            rows.add(new Row("finder page", level, (f, api, visible) -> {
                Api.Reply reply = api.get("directory/finder.xhtml?country=" + Fixture.COUNTRY + "&need=EIO");
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.body().contains(f.word(level))).isEqualTo(visible);
            }));
        }

        Secret p = Secret.PERSONAL;
        rows.add(new Row("GET /api/contacts/{key}", p, (f, api, visible) -> {
            Api.Reply reply = api.get("api/contacts/" + f.personalKey());
            assertThat(reply.status()).isEqualTo(200);
            JsonObject contact = reply.json();
            assertThat(contact.getBoolean("personalDetailsWithheld")).isEqualTo(!visible);
            assertThat(reply.body().contains(f.person())).as("person name").isEqualTo(visible);
            assertThat(reply.body().contains(Fixture.PHONE)).as("direct phone").isEqualTo(visible);
        }));
        rows.add(new Row("directory/contact.xhtml", p, (f, api, visible) -> {
            Api.Reply reply = api.get("directory/contact.xhtml?key=" + f.personalKey());
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).contains(f.runWord());
            assertThat(reply.body().contains(f.person())).as("person name").isEqualTo(visible);
            assertThat(reply.body().contains(Fixture.PHONE)).as("direct phone").isEqualTo(visible);
            assertThat(reply.body().contains("personal-withheld"))
                    .as("says it is withheld")
                    .isEqualTo(!visible);
        }));
        rows.add(new Row("vCard", p, (f, api, visible) -> {
            Api.Reply reply = api.get("api/contacts/" + f.personalKey() + "/vcard");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().contains(f.person())).as("person name").isEqualTo(visible);
            assertThat(reply.body().contains(Fixture.PHONE)).as("direct phone").isEqualTo(visible);
        }));
        rows.add(new Row("QR code", p, (f, api, visible) -> {
            String card = decodeQr(f.bytes(api, "api/contacts/" + f.personalKey() + "/qr"));
            assertThat(card).contains(f.runWord());
            assertThat(card.contains(f.person())).as("person name").isEqualTo(visible);
            assertThat(card.contains(Fixture.PHONE)).as("direct phone").isEqualTo(visible);
        }));
        rows.add(new Row("export", p, (f, api, visible) -> {
            String body = api.get("api/export").body();
            assertThat(body).contains(f.personalKey());
            assertThat(body.contains(f.person())).as("person name").isEqualTo(visible);
            assertThat(body.contains(Fixture.PHONE)).as("direct phone").isEqualTo(visible);
        }));
        rows.add(new Row("finder API", p, (f, api, visible) -> {
            String body = api.get("api/finder?country=" + Fixture.COUNTRY + "&need=EIO")
                    .body();
            assertThat(body).contains(f.personalKey());
            assertThat(body.contains(Fixture.PHONE)).as("direct phone").isEqualTo(visible);
            assertThat(body).doesNotContain(f.person());
        }));
        rows.add(new Row("search by person name", p, (f, api, visible) -> {
            Api.Reply reply = api.search(f.personWord());
            assertThat(reply.json().getInt("total"))
                    .as("person names are not searchable")
                    .isZero();
            assertThat(reply.body()).doesNotContain(f.personWord());
        }));
        rows.add(new Row("search hit of the contact", p, (f, api, visible) -> {
            Api.Reply reply = api.search(f.runWord(), "type=contact");
            assertThat(reply.body())
                    .contains(f.personalKey())
                    .doesNotContain(f.personWord())
                    .doesNotContain(Fixture.PHONE);
        }));
        rows.add(new Row("suggestions", p, (f, api, visible) -> {
            Api.Reply reply = api.get("api/suggest?q=" + f.personWord().substring(0, 7));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.body()).doesNotContain(f.personWord());
        }));
        return List.copyOf(rows);
    }

    static Stream<Arguments> matrix() {
        return ROWS.stream().flatMap(row -> Stream.of(Caller.values()).map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void whatEachCallerGets(Row row, Caller caller) throws Exception {
        Fixture fixture = Fixture.importedOnce(base);
        row.check().verify(fixture, caller.api(base), caller.sees(row.secret()));
    }

    private static long count(JsonObject counts, String value) {
        JsonValue v = counts == null ? null : counts.get(value);
        return v instanceof JsonNumber n ? n.longValue() : 0;
    }

    /**
     * ZXing's quick scan misses the finder patterns of some symbols (it depends on the data, here random words), so
     * the decoder also tries harder and reads the clean, generated image as a pure barcode, as phone scanners do.
     */
    static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new MultiFormatReader()
                    .decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (com.google.zxing.NotFoundException e) {
            return new MultiFormatReader()
                    .decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText();
        }
    }

    /** The entries the matrix looks for, imported once per server run by the editor, with fresh words. */
    record Fixture(String run, URL base) {

        static final String COUNTRY = "IS";
        static final String PHONE = "3545557319";
        private static Fixture instance;

        static synchronized Fixture importedOnce(URL base) {
            if (instance == null) {
                Fixture fixture = new Fixture(letters(), base);
                Api editor = new Api(base).as(DemoAccounts.EDITOR);
                Api.Reply reply = editor.postJson("api/import", fixture.document());
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                // A contact more open than its authority is refused when saved, so those contacts came in while their
                // authority was PUBLIC; tightening the authority now is allowed and must hide them everywhere.
                reply = editor.postJson("api/import", fixture.tightenedAuthorities());
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                assertThat(reply.json().getInt("updated")).isEqualTo(2);
                instance = fixture;
            }
            return instance;
        }

        private static String letters() {
            String hex = UUID.randomUUID().toString().replace("-", "");
            StringBuilder out = new StringBuilder();
            for (char c : hex.substring(0, 10).toCharArray()) {
                out.append((char) ('a' + Character.digit(c, 16)));
            }
            return out.toString();
        }

        /** The made-up word of a secret, in every entry of that level. */
        String word(Secret secret) {
            return switch (secret) {
                case MEMBERS -> "zqm" + run;
                case RESTRICTED -> "zqr" + shifted(4);
                case PERSONAL -> "zqp" + shifted(8);
                case MEMBERS_AUTHORITY -> "zqs" + shifted(2);
                case RESTRICTED_AUTHORITY -> "zqt" + shifted(6);
            };
        }

        String runWord() {
            return "zqo" + shifted(12);
        }

        /*
         * The run's letters each moved k places (within a..p), so the fixture's words differ in every letter: search
         * tolerates typos (two edits in long words, issue 3), and words one letter apart would find each other.
         */
        private String shifted(int k) {
            StringBuilder out = new StringBuilder();
            for (char c : run.toCharArray()) {
                out.append((char) ('a' + (c - 'a' + k) % 16));
            }
            return out.toString();
        }

        String personWord() {
            return word(Secret.PERSONAL);
        }

        String person() {
            return "Ingrid " + personWord().substring(0, 1).toUpperCase(Locale.ROOT)
                    + personWord().substring(1);
        }

        String key(Secret level, String kind) {
            return "acc-" + run + "-" + level.name().toLowerCase(Locale.ROOT) + "-" + kind;
        }

        Set<String> keys(Secret level) {
            return level.kinds().stream().map(k -> key(level, k)).collect(Collectors.toSet());
        }

        String personalKey() {
            return "acc-" + run + "-personal-contact";
        }

        /** The body of a GET, or null if it did not answer 200. */
        byte[] bytes(Api api, String path) throws Exception {
            // Api reads text; images need bytes, so this one request goes through HttpClient directly.
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(base.toURI().resolve(path)).GET();
            String authorization = api.authorization();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<byte[]> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? response.body() : null;
        }

        /** One exchange document: per section, the MEMBERS, RESTRICTED and personal-details entries. */
        String document() {
            ExchangeJson document = ExchangeJson.document();
            for (Secret s : List.of(Secret.MEMBERS, Secret.RESTRICTED)) {
                String w = word(s);
                document.authority(key(s, "authorities"), a -> a.name("Authority " + w)
                        .country(COUNTRY)
                        .kind("PROSECUTION")
                        .description("Summary " + w)
                        .competences("EIO")
                        .visibility(s.name()));
                document.contact(key(s, "contacts"), c -> c.authority(key(s, "authorities"))
                        .role("Desk " + w)
                        .email("desk@" + w + ".example.org")
                        .competences("EIO")
                        .visibility(s.name()));
                document.resource(key(s, "resources"), r -> r.name("Resource " + w)
                        .kind("TOOL")
                        .description("Summary " + w)
                        .visibility(s.name()));
                document.practice(key(s, "practices"), p -> p.title("Practice " + w)
                        .country(COUNTRY)
                        .summary("Summary " + w)
                        .visibility(s.name()));
            }
            for (Secret s : List.of(Secret.MEMBERS_AUTHORITY, Secret.RESTRICTED_AUTHORITY)) {
                authorityOf(document, s, "PUBLIC");
                document.contact(key(s, "contacts"), c -> c.authority(key(s, "authorities"))
                        .role("Desk " + word(s))
                        .email("desk@" + word(s) + ".example.org")
                        .competences("EIO")
                        .visibility("PUBLIC"));
            }
            String publicAuthority = "acc-" + run + "-public-authority";
            document.authority(publicAuthority, a -> a.name("Authority " + runWord())
                    .country(COUNTRY)
                    .kind("PROSECUTION")
                    .competences("EIO"));
            document.contact(personalKey(), c -> c.authority(publicAuthority)
                    .role("Desk " + runWord())
                    .personName(person())
                    .phone("+354 555 7319")
                    .personalDetailsVisibility("MEMBERS")
                    .competences("EIO")
                    .visibility("PUBLIC"));
            return document.toJson();
        }

        /** The authorities of the *_AUTHORITY secrets at their own level, their contacts left as they are. */
        String tightenedAuthorities() {
            ExchangeJson document = ExchangeJson.document();
            authorityOf(document, Secret.MEMBERS_AUTHORITY, "MEMBERS");
            authorityOf(document, Secret.RESTRICTED_AUTHORITY, "RESTRICTED");
            return document.toJson();
        }

        private void authorityOf(ExchangeJson document, Secret s, String visibility) {
            document.authority(key(s, "authorities"), a -> a.name("Authority " + word(s))
                    .country(COUNTRY)
                    .kind("POLICE")
                    .description("Summary " + word(s))
                    .competences("EIO")
                    .visibility(visibility));
        }
    }
}
