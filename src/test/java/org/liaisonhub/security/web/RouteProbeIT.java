package org.liaisonhub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.HttpMethod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.LiaisonDeployments;

/**
 * The route probe (issue 14, acceptance 3): every REST method, found by reflection in the JAX-RS resource classes,
 * and every page, found in the webapp directory, called as anonymous, member, editor and admin, in many spellings of
 * its address (trailing slash, double slash, {@code ;param}, {@code /./}, {@code /x/../}, upper case, escaped
 * characters) and with the HTTP methods it does not declare. A caller below a route's documented rule must be
 * refused — 401, 403, 404, 405, 415, 429 or a redirect to the sign-in page — before the body is read (a 400 about
 * the body means the request got through). A route without a documented rule fails the probe.
 *
 * <p>Requests go through a plain socket so that every spelling reaches the server exactly as written (Java's HTTP
 * client would normalise some). Writes carry an invalid body ({@code []}), so a refused write changes nothing and a
 * write let through answers 400 without changing anything either.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RouteProbeIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    /** The callers, lowest first; each may do what those before it may. */
    enum Caller {
        ANONYMOUS(null),
        MEMBER(DemoAccounts.MEMBER),
        EDITOR(DemoAccounts.EDITOR),
        ADMIN(DemoAccounts.ADMIN);

        final DemoAccounts.Account account;

        Caller(DemoAccounts.Account account) {
            this.account = account;
        }

        String authorization() {
            return account == null ? null : account.basicAuthorization();
        }

        /** Whether this caller may call a route with this rule; a route without a documented rule, nobody. */
        boolean reaches(Rule rule) {
            return rule != null && rule != Rule.NOBODY && ordinal() >= rule.lowest.ordinal();
        }
    }

    /** Who may call a route, as docs/security.md documents it. */
    enum Rule {
        EVERYONE(Caller.ANONYMOUS),
        MEMBERS(Caller.MEMBER),
        EDITORS(Caller.EDITOR),
        ADMINS(Caller.ADMIN),
        NOBODY(null);

        final Caller lowest;

        Rule(Caller lowest) {
            this.lowest = lowest;
        }
    }

    /**
     * The documented rules of the API (docs/security.md): reads filter by the viewer's visibility and are public;
     * reports are written by members and read by editors; import, intake, CSV export, editorial and history are for
     * editors; administration for admins. A resource method missing here fails {@link #everyRoute_hasADocumentedRule}.
     */
    static final Map<String, Rule> API_RULES = Map.ofEntries(
            Map.entry("GET /api/health", Rule.EVERYONE),
            Map.entry("GET /api/search", Rule.EVERYONE),
            Map.entry("GET /api/suggest", Rule.EVERYONE),
            Map.entry("GET /api/finder", Rule.EVERYONE),
            Map.entry("GET /api/authorities/{key}", Rule.EVERYONE),
            Map.entry("GET /api/contacts/{key}", Rule.EVERYONE),
            Map.entry("GET /api/contacts/{key}/vcard", Rule.EVERYONE),
            Map.entry("GET /api/contacts/{key}/qr", Rule.EVERYONE),
            Map.entry("GET /api/resources/{key}", Rule.EVERYONE),
            Map.entry("GET /api/practices/{key}", Rule.EVERYONE),
            Map.entry("GET /api/export", Rule.EVERYONE),
            Map.entry("POST /api/reports", Rule.MEMBERS),
            Map.entry("GET /api/reports", Rule.EDITORS),
            Map.entry("POST /api/reports/{id}/handled", Rule.EDITORS),
            // Offline editions (issue 17): editors generate and see the download log, members download their level's.
            Map.entry("POST /api/editions", Rule.EDITORS),
            Map.entry("GET /api/editions", Rule.MEMBERS),
            Map.entry("GET /api/editions/{id}/files/{file}", Rule.MEMBERS),
            Map.entry("GET /api/editions/{id}/downloads", Rule.EDITORS),
            Map.entry("GET /api/editions/public-key", Rule.EVERYONE),
            // Country procedure sheets (issue 17): public reads filtered by visibility; their history is an entry's.
            Map.entry("GET /api/procedures", Rule.EVERYONE),
            Map.entry("GET /api/procedures/{key}", Rule.EVERYONE),
            // Saved searches (issue 17): anyone signed in, their own only; the unsubscribe link works without
            // sign-in (its token is the credential); admins send the digests now.
            Map.entry("GET /api/saved-searches", Rule.MEMBERS),
            Map.entry("POST /api/saved-searches", Rule.MEMBERS),
            Map.entry("DELETE /api/saved-searches/{id: [0-9]{1,18}}", Rule.MEMBERS),
            Map.entry("GET /api/saved-searches/{id: [0-9]{1,18}}/alerts.atom", Rule.MEMBERS),
            Map.entry("GET /api/saved-searches/unsubscribe", Rule.EVERYONE),
            Map.entry("POST /api/saved-searches/digest", Rule.ADMINS),
            Map.entry("GET /api/search.csv", Rule.EDITORS),
            Map.entry("POST /api/import", Rule.EDITORS),
            Map.entry("POST /api/intake", Rule.EDITORS),
            Map.entry("GET /api/editorial/{type}/{key}", Rule.EDITORS),
            Map.entry("POST /api/editorial/{type}/{key}/status", Rule.EDITORS),
            Map.entry("GET /api/history/{type}/{key}", Rule.EDITORS),
            Map.entry("POST /api/history/{type}/{key}/restore", Rule.EDITORS),
            // Anyone may try, but only with the one-time token from the server log, and only while no admin exists.
            Map.entry("POST /api/setup", Rule.EVERYONE),
            Map.entry("POST /api/admin/reindex", Rule.ADMINS),
            Map.entry("GET /api/admin/search-cache", Rule.ADMINS),
            Map.entry("GET /api/admin/users", Rule.ADMINS),
            Map.entry("POST /api/admin/users", Rule.ADMINS),
            Map.entry("PUT /api/admin/users/{username}/roles", Rule.ADMINS),
            Map.entry("PUT /api/admin/users/{username}/enabled", Rule.ADMINS),
            Map.entry("PUT /api/admin/users/{username}/password", Rule.ADMINS));

    /** Routes the probe never calls as their own role because they do real work (a full re-index). */
    static final Set<String> NOT_CALLED_BY_THEIR_ROLE = Set.of("POST /api/admin/reindex");

    /** The documented rules of the pages: a page, or every page of a folder. */
    static final Map<String, Rule> PAGE_RULES = Map.ofEntries(
            Map.entry("/index.xhtml", Rule.EVERYONE),
            Map.entry("/search.xhtml", Rule.EVERYONE),
            Map.entry("/login.xhtml", Rule.EVERYONE),
            Map.entry("/favicon.svg", Rule.EVERYONE),
            Map.entry("/directory/", Rule.EVERYONE),
            Map.entry("/resources/", Rule.EVERYONE),
            Map.entry("/practices/", Rule.EVERYONE),
            Map.entry("/errors/", Rule.EVERYONE),
            Map.entry("/editorial/", Rule.EDITORS),
            Map.entry("/alerts/", Rule.MEMBERS),
            Map.entry("/admin/", Rule.ADMINS));

    /** A plausible value for each path parameter: a PUBLIC demo contact, a report that does not exist. */
    static final Map<String, String> PATH_VALUES =
            Map.of("key", "se-rmk-eio-mla", "type", "contact", "id", "999999999", "username", "member", "file", "pdf");

    static final String PAGE_QUERY = "?type=contact&key=se-rmk-eio-mla";

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");
    static final Set<Integer> REFUSALS = Set.of(401, 403, 404, 405, 415, 429);

    /** One route: an HTTP method on a path, with its documented rule. */
    record Route(String method, String template, String path, Rule rule) {
        String key() {
            return method + " " + template;
        }
    }

    /** One answer, as read off the socket. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        boolean redirectsToSignIn() {
            return status >= 300
                    && status < 400
                    && header("location") != null
                    && header("location").contains("/login.xhtml");
        }

        boolean refused() {
            return REFUSALS.contains(status) || redirectsToSignIn();
        }

        @Override
        public String toString() {
            return status + (header("location") == null ? "" : " -> " + header("location")) + " "
                    + (body.length() > 160 ? body.substring(0, 160) + "…" : body).replaceAll("\\s+", " ");
        }
    }

    // ---- the reproductions of issue 14 ------------------------------------------------------------------------

    @Test
    void anonymousImportWithTrailingSlash_isRefused() {
        String key = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        String document = ExchangeJson.document()
                .authority(key, a -> a.name("Anonymous write").country("SE").kind("POLICE"))
                .toJson();

        Answer answer = send("POST", "/api/import/", null, "application/json", document);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(send("GET", "/api/authorities/" + key, Caller.EDITOR.authorization(), null, null)
                        .status())
                .as("nothing was imported")
                .isEqualTo(404);
    }

    @Test
    void anonymousIntakeWithTrailingSlash_isRefused() {
        Answer answer = send(
                "POST", "/api/intake/?filename=answer.txt", null, "text/plain", "1. Name of the authority: Anonymous");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void anonymousSearchCsvWithTrailingSlash_isRefused() {
        Answer answer = send("GET", "/api/search.csv/", null, null, null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("type,key,title");
    }

    @Test
    void memberImportWithTrailingSlash_isForbiddenBeforeTheBodyIsRead() {
        Answer answer = send("POST", "/api/import/", Caller.MEMBER.authorization(), "application/json", "[]");

        assertThat(answer.status())
                .as("403, not a 400 about the body: " + answer)
                .isEqualTo(403);
        assertThat(answer.body()).contains("\"error\":\"forbidden\"");
    }

    // ---- the probe ----------------------------------------------------------------------------------------------

    @Test
    void everyRoute_hasADocumentedRule() {
        List<Route> routes = apiRoutes();
        Set<String> found = new TreeSet<>();
        routes.forEach(route -> found.add(route.key()));

        assertThat(found).as("resource methods found by reflection").hasSizeGreaterThan(20);
        assertThat(routes)
                .as("resource methods without a documented rule in RouteProbeIT.API_RULES")
                .filteredOn(route -> route.rule() == null)
                .isEmpty();
        assertThat(API_RULES.keySet())
                .as("documented rules without a resource method")
                .isSubsetOf(found);
        assertThat(pages())
                .as("pages without a documented rule in RouteProbeIT.PAGE_RULES")
                .filteredOn(page -> page.rule() == null)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Caller.class,
            names = {"ANONYMOUS", "MEMBER", "EDITOR"})
    void apiRoutesAboveTheCaller_inEverySpelling_areRefused(Caller caller) {
        List<String> failures = new ArrayList<>();
        for (Route route : apiRoutes()) {
            if (caller.reaches(route.rule())) {
                continue;
            }
            Answer declared = send(route.method(), route.path(), caller.authorization(), "application/json", "[]");
            if (caller == Caller.ANONYMOUS
                    && (declared.status() != 401
                            || !String.valueOf(declared.header("WWW-Authenticate"))
                                    .startsWith("Basic"))) {
                failures.add(route.key() + " as anonymous: expected 401 with a Basic challenge, got " + declared);
            }
            if (caller != Caller.ANONYMOUS
                    && (declared.status() != 403 || !declared.body().contains("\"error\":\"forbidden\""))) {
                failures.add(route.key() + " as " + caller + ": expected 403 JSON, got " + declared);
            }
            for (String spelling : spellings(route.path())) {
                expectRefused(failures, caller, route.method(), spelling, route.key());
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Caller.class)
    void undeclaredMethods_onEveryApiRoute_areRefused(Caller caller) {
        List<String> failures = new ArrayList<>();
        Map<String, Map<String, Rule>> byPath = new TreeMap<>();
        apiRoutes().forEach(route -> byPath.computeIfAbsent(route.path(), p -> new TreeMap<>())
                .put(route.method(), route.rule()));
        byPath.forEach((path, declared) -> {
            for (String method : METHODS) {
                Rule rule = declared.containsKey(method)
                        ? declared.get(method)
                        : method.equals("HEAD") && declared.containsKey("GET") ? declared.get("GET") : Rule.NOBODY;
                if (rule != Rule.NOBODY) {
                    continue;
                }
                for (String spelling : List.of(path, path + "/")) {
                    expectRefused(failures, caller, method, spelling, method + " " + path + " (not declared)");
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Caller.class)
    void rightfulCallers_reachTheirRoutes_andNothingAnswers500(Caller caller) {
        List<String> failures = new ArrayList<>();
        for (Route route : apiRoutes()) {
            if (!caller.reaches(route.rule()) || NOT_CALLED_BY_THEIR_ROLE.contains(route.key())) {
                continue;
            }
            Answer answer = send(route.method(), route.path(), caller.authorization(), "application/json", "[]");
            boolean read = route.method().equals("GET");
            // A write may meet another check that answers 403 (a missing anti-forgery header); a read may not.
            if (answer.status() == 401 || read && answer.status() == 403 || answer.status() >= 500) {
                failures.add(route.key() + " as " + caller + ": expected to get through, got " + answer);
            }
        }
        for (Page page : pages()) {
            if (!caller.reaches(page.rule())) {
                continue;
            }
            // Detail and editor pages take the entry from the address; without it they answer 404.
            Answer answer = send("GET", page.path() + PAGE_QUERY, caller.authorization(), null, null);
            if (answer.refused() && answer.status() != 404 || answer.status() >= 500) {
                failures.add("GET " + page.path() + " as " + caller + ": expected to get through, got " + answer);
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Caller.class,
            names = {"ANONYMOUS", "MEMBER", "EDITOR"})
    void pagesAboveTheCaller_inEverySpelling_areRefused(Caller caller) {
        List<String> failures = new ArrayList<>();
        for (Page page : pages()) {
            if (caller.reaches(page.rule())) {
                continue;
            }
            Answer declared = send("GET", page.path(), caller.authorization(), null, null);
            if (caller == Caller.ANONYMOUS && !declared.redirectsToSignIn()) {
                failures.add("GET " + page.path() + " as anonymous: expected the sign-in page, got " + declared);
            }
            if (caller != Caller.ANONYMOUS && declared.status() != 403) {
                failures.add("GET " + page.path() + " as " + caller + ": expected 403, got " + declared);
            }
            for (String method : List.of("GET", "HEAD", "POST")) {
                for (String spelling : spellings(page.path())) {
                    expectRefused(failures, caller, method, spelling, method + " " + page.path());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Caller.class)
    void undeclaredMethods_onEveryPage_areRefused(Caller caller) {
        List<String> failures = new ArrayList<>();
        for (Page page : pages()) {
            for (String method : List.of("PUT", "DELETE", "OPTIONS", "PATCH")) {
                for (String spelling : List.of(page.path(), page.path() + "/")) {
                    expectRefused(
                            failures, caller, method, spelling, method + " " + page.path() + " (not a page method)");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void pageSourcesAndWebInf_areNeverServedRaw() {
        List<String> failures = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of(
                "/WEB-INF/web.xml",
                "/WEB-INF/beans.xml",
                "/WEB-INF/templates/main.xhtml",
                "/WEB-INF/includes/report-outdated.xhtml",
                "/web-inf/web.xml",
                "/%57EB-INF/web.xml",
                "/x/../WEB-INF/web.xml",
                "//WEB-INF/web.xml",
                "/WEB-INF/./web.xml",
                "/META-INF/MANIFEST.MF",
                "/WEB-INF/classes/org/liaisonhub/security/web/PageAccess.class"));
        for (Page page : pages()) {
            if (page.path().endsWith(".xhtml")) {
                String source = page.path();
                paths.addAll(List.of(
                        source + "/",
                        source + ".",
                        source + "%20",
                        source + "%00",
                        source + "::$DATA",
                        source.replace(".xhtml", ".XHTML"),
                        source.replace(".xhtml", ".xhtm%6c")));
            }
        }
        for (Caller caller : Caller.values()) {
            for (String path : paths) {
                Answer answer = send("GET", path, caller.authorization(), null, null);
                boolean raw = answer.body().contains("xmlns:ui=")
                        || answer.body().contains("<ui:")
                        || answer.body().contains("<web-app")
                        || answer.body().contains("<h:form")
                        || answer.body().contains("<beans");
                if (raw || answer.status() >= 200 && answer.status() < 300 && path.contains("INF")) {
                    failures.add("GET " + path + " as " + caller + " served a source: " + answer);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private void expectRefused(List<String> failures, Caller caller, String method, String path, String route) {
        Answer answer = send(method, path, caller.authorization(), "application/json", "[]");
        if (!answer.refused()) {
            failures.add(method + " " + path + " as " + caller + " (" + route + "): expected a refusal, got " + answer);
        }
    }

    // ---- the routes ---------------------------------------------------------------------------------------------

    /** Every resource method of the application, found by reflection in the compiled classes. */
    static List<Route> apiRoutes() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            String classPath = type.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : type.getMethods()) {
                for (String httpMethod : httpMethods(method)) {
                    jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String template = join("/api", classPath, methodPath == null ? "" : methodPath.value());
                    routes.add(new Route(
                            httpMethod, template, fill(template), API_RULES.get(httpMethod + " " + template)));
                }
            }
        }
        return routes;
    }

    private static List<String> httpMethods(Method method) {
        return Stream.of(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull)
                .map(HttpMethod::value)
                .toList();
    }

    private static List<Class<?>> resourceClasses() {
        Path classes = Paths.get("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org/liaisonhub"))) {
            List<Class<?>> found = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace('/', '.')
                        .replace('\\', '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RouteProbeIT.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    found.add(type);
                }
            }
            return found;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Run through Maven: the compiled classes are needed", e);
        }
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    private static String fill(String template) {
        Matcher parameter =
                Pattern.compile("\\{\\s*(\\w+)\\s*(?::(?:[^{}]|\\{[^}]*})*)?}").matcher(template);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            String value = PATH_VALUES.get(parameter.group(1));
            if (value == null) {
                throw new AssertionError("No plausible value for {" + parameter.group(1) + "} in " + template
                        + ": add one to RouteProbeIT.PATH_VALUES");
            }
            parameter.appendReplacement(filled, value);
        }
        return parameter.appendTail(filled).toString();
    }

    /** A page of the webapp directory and its documented rule. */
    record Page(String path, Rule rule) {}

    /** Every file served from the webapp directory (WEB-INF holds includes and templates, never served). */
    static List<Page> pages() {
        Path webapp = Paths.get("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("/WEB-INF/"))
                    .sorted()
                    .map(path -> new Page(path, pageRule(path)))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Rule pageRule(String path) {
        Rule exact = PAGE_RULES.get(path);
        if (exact != null) {
            return exact;
        }
        int folder = path.indexOf('/', 1);
        return folder < 0 ? null : PAGE_RULES.get(path.substring(0, folder + 1));
    }

    /**
     * Other ways to write the same address: trailing slash, double slashes, path parameters, dot segments, upper
     * case, escaped characters. Each must meet the same rule, or no route at all.
     */
    static Set<String> spellings(String path) {
        int second = path.indexOf('/', 1);
        String first = second < 0 ? path : path.substring(0, second);
        String rest = second < 0 ? "" : path.substring(second);
        int lastSlash = path.lastIndexOf('/');
        String last = path.substring(lastSlash + 1);
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(path + "/");
        spellings.add("/" + path);
        spellings.add(first + "/" + rest);
        spellings.add(path + ";x=1");
        spellings.add(path + ";jsessionid=probe");
        spellings.add(first + ";x=1" + rest);
        spellings.add(first + "/." + rest);
        spellings.add(first + "/%2e" + rest);
        spellings.add("/x/.." + path);
        spellings.add(first + "/x/.." + rest);
        spellings.add(path.toUpperCase(Locale.ROOT));
        spellings.add(first.toUpperCase(Locale.ROOT) + rest);
        spellings.add(path.substring(0, lastSlash + 1) + escaped(last.charAt(0)) + last.substring(1));
        spellings.add("/" + escaped(path.charAt(1)) + path.substring(2));
        spellings.add(first + "%2f" + rest.substring(Math.min(1, rest.length())));
        spellings.remove(path);
        return spellings;
    }

    private static String escaped(char c) {
        return String.format("%%%02x", (int) c);
    }

    // ---- HTTP, as written ---------------------------------------------------------------------------------------

    private Answer send(String method, String path, String authorization, String contentType, String body) {
        String context = base.getPath().replaceAll("/+$", "");
        int port = base.getPort() < 0 ? base.getDefaultPort() : base.getPort();
        byte[] content = body == null
                        || method.equals("GET")
                        || method.equals("HEAD")
                        || method.equals("OPTIONS")
                        || method.equals("DELETE")
                ? new byte[0]
                : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder()
                .append(method)
                .append(' ')
                .append(context)
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(base.getHost())
                .append(':')
                .append(port)
                .append("\r\nConnection: close\r\nAccept: */*\r\n");
        if (authorization != null) {
            request.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (method.equals("DELETE")) {
            // A script's DELETE carries no body, so it names itself as CrossSiteWriteFilter asks; the probe tests
            // who may call a route, not the cross-site rule (ProtectionIT does).
            request.append("X-Requested-With: RouteProbeIT\r\n");
        }
        if (content.length > 0 || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            request.append("Content-Type: ")
                    .append(contentType == null ? "application/json" : contentType)
                    .append("\r\nContent-Length: ")
                    .append(content.length)
                    .append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        return new Answer(status, headers, body);
    }
}
