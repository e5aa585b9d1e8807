package org.liaisonhub.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.TestDatabase;
import org.liaisonhub.testing.cluster.ClusterNode;
import org.liaisonhub.testing.cluster.OpenSearchProcess;

/**
 * Liaison as a cluster (issue 8, docs/operations.md): two WildFly nodes from the build's cluster configuration
 * (standalone-ha, JGroups over TCP on loopback, distributed web sessions), one PostgreSQL database, one real
 * OpenSearch 2.19 node, Hibernate Search's outbox-polling coordination from the static module. The same WAR as
 * every other test. The servers are started once for the class; each test starts from a running cluster (a node
 * an earlier test killed is started again first) and writes entries of its own, so the tests run in any order.
 *
 * <p>Runs only in the Failsafe execution of profile cluster-tests (active when LIAISON_TEST_PG_PORT is set, as in
 * .ci/run; {@code -Pcluster-tests -Dit.pg.port=…} by hand), which sets {@code it.cluster=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {

    /** The acceptance bound for a write on one node to be found by search on the other. */
    private static final Duration PROPAGATION_BOUND = Duration.ofSeconds(5);
    /** Outbox pulses of the test nodes: a node silent for this long is taken for dead (persistence.xml). */
    private static final Duration PULSE_EXPIRATION = Duration.ofSeconds(6);
    /** A saved search's alert for an entry published on the other node (indexing there, then the matcher's timer). */
    private static final Duration ALERT_BOUND = Duration.ofSeconds(30);
    /** A killed node's shard of the outbox waits until the other takes its silence for death, then is indexed. */
    private static final Duration TAKE_OVER_BOUND = PULSE_EXPIRATION.plus(Duration.ofSeconds(30));

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "cluster-admin-password";

    private final String run =
            UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);

    private OpenSearchProcess search;
    private ClusterNode a;
    private ClusterNode b;
    private Path jbossHome;
    private Path clusterModules;
    private long started;

    @BeforeAll
    void startTheCluster() {
        assumeTrue(Boolean.getBoolean("it.cluster"), "the cluster test runs in profile cluster-tests only");
        started = System.nanoTime();
        String database = System.getProperty("it.cluster.database", "liaison_it_cluster");
        TestDatabase.recreatePostgresql(database);
        Path dir = Path.of(System.getProperty("it.cluster.dir", "target/it/cluster"));
        search = new OpenSearchProcess(
                dir.resolve("opensearch"),
                Integer.getInteger("it.opensearch.http.port", 9250),
                Integer.getInteger("it.opensearch.transport.port", 9350));
        Duration searchStart = search.start();

        jbossHome = Path.of(System.getProperty("jboss.home", "target/server"));
        Path clusterBase = Path.of(System.getProperty("it.cluster.base.dir", "target/server-cluster"));
        clusterModules = clusterBase.resolve("modules");
        Path war = Path.of(System.getProperty("liaison.war", "target/liaison.war"));
        int offsetA = Integer.getInteger("it.cluster.port.offset.a", 300);
        int offsetB = Integer.getInteger("it.cluster.port.offset.b", 400);
        List<String> options = List.of(
                "-Dliaison.db.host=" + System.getProperty("it.pg.host", "127.0.0.1"),
                "-Dliaison.db.port=" + System.getProperty("it.pg.port", "5432"),
                "-Dliaison.db.user=" + System.getProperty("it.pg.user", "liaison"),
                "-Dliaison.db.password=" + System.getProperty("it.pg.password", "liaison"),
                "-Dliaison.db.name=" + database,
                "-Dliaison.opensearch.hosts=" + search.hostAndPort(),
                "-Dliaison.cluster.members=127.0.0.1[" + (7600 + offsetA) + "],127.0.0.1[" + (7600 + offsetB) + "]",
                "-Dliaison.search.pulse-interval=1000",
                "-Dliaison.search.pulse-expiration=" + PULSE_EXPIRATION.toMillis(),
                "-Dliaison.demo-data=false",
                "-Dliaison.admin.user=" + ADMIN,
                "-Dliaison.admin.password=" + ADMIN_PASSWORD);
        a = new ClusterNode("a", dir.resolve("a"), offsetA, options).prepare(clusterBase, war);
        b = new ClusterNode("b", dir.resolve("b"), offsetB, options).prepare(clusterBase, war);
        // One after the other: the first migrates the empty database and creates the administrator.
        Duration startA = a.start(jbossHome, clusterModules);
        Duration startB = b.start(jbossHome, clusterModules);
        System.out.printf(
                "cluster test: OpenSearch started in %d ms, node a in %d ms, node b in %d ms%n",
                searchStart.toMillis(), startA.toMillis(), startB.toMillis());
    }

    /** Every test starts from two running nodes: one a test before it killed is started again here. */
    @BeforeEach
    void bothNodesRunning() {
        boolean restarted = false;
        for (ClusterNode node : List.of(a, b)) {
            if (!node.isRunning()) {
                Duration start = node.start(jbossHome, clusterModules);
                System.out.printf(
                        "cluster test: %s started again in %d ms for the next test%n", node.name(), start.toMillis());
                restarted = true;
            }
        }
        if (restarted) {
            // Its event processor joins the outbox's sharding only after the node answers.
            awaitRunningEventProcessors();
        }
    }

    @AfterAll
    void stopTheCluster() {
        for (AutoCloseable closeable : new AutoCloseable[] {a, b, search}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                System.out.println("cluster test: cannot stop " + closeable + ": " + e);
            }
        }
        if (started != 0) {
            System.out.printf(
                    "cluster test: %d s in all%n",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    @Test
    void bothNodes_reportDatabaseAndOpenSearchUp() {
        for (ClusterNode node : List.of(a, b)) {
            Api.Reply reply = node.api().get("api/health");
            assertThat(reply.status()).as(node.name() + ": " + reply).isEqualTo(200);
            JsonObject health = reply.json();
            assertThat(health.getString("status")).isEqualTo("UP");
            assertThat(health.getBoolean("database")).isTrue();
            assertThat(health.getBoolean("search")).isTrue();
        }
        // Each node's outbox event processor (the static module's) registers as an agent in the database.
        awaitRunningEventProcessors();
        assertThat(httpGet(search.url() + "_cat/indices?h=index"))
                .as("indexes Hibernate Search created in OpenSearch")
                .contains("authority");
    }

    @Test
    void anEntryWrittenThroughA_isFoundBySearchOnB_withinFiveSeconds() {
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String word = word("p" + i);
            write(a, word);
            long since = System.nanoTime();
            awaitFound(b, word, PROPAGATION_BOUND, "'%s' written on a, found on b within %s", word, PROPAGATION_BOUND);
            delays.add(Duration.ofNanos(System.nanoTime() - since).toMillis());
        }
        // The longest query of the benchmark mix, its synonyms expanded: within OpenSearch's clause limit.
        assertThat(total(b, "mutual legal assistance asset recovery"))
                .as("five words with synonyms on b")
                .isGreaterThanOrEqualTo(0);
        System.out.printf(
                "cluster test: propagation delay a → b (write answered on a → found by search on b),"
                        + " 5 writes: %s ms; max %d ms%n",
                delays, delays.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void aSessionSignedInOnA_continuesOnB() throws Exception {
        String protectedPath = "api/admin/users";
        assertThat(get(b, protectedPath, null).statusCode())
                .as("b without a session")
                .isEqualTo(401);

        String session = signIn(a);
        assertThat(get(a, protectedPath, session).statusCode())
                .as("a with the session signed in there")
                .isEqualTo(200);

        HttpResponse<String> onB = get(b, protectedPath, session);
        assertThat(onB.statusCode())
                .as("b with the session started on a: %s", onB.body())
                .isEqualTo(200);
        assertThat(get(b, protectedPath, "JSESSIONID=" + UUID.randomUUID()).statusCode())
                .as("b with a session id nobody issued")
                .isEqualTo(401);
        System.out.println("cluster test: a session signed in on a was served on b");
    }

    @Test
    void aSigkilledNode_losesNoCommittedWrite_andTheOtherKeepsServingAndIndexing() {
        List<String> committed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String word = word("k" + i);
            write(a, word);
            committed.add(word);
        }
        int exit = a.kill();
        long killedAt = System.nanoTime();
        assertThat(exit).as("a killed by SIGKILL").isEqualTo(137);
        long outboxAtKill = count("select count(*) from hsearch_outbox_event");
        long pendingAtKill =
                committed.stream().filter(word -> total(b, word) == 0).count();

        for (int i = 0; i < 5; i++) {
            String word = word("b" + i);
            write(b, word);
            committed.add(word);
        }
        for (String word : committed) {
            awaitFound(b, word, TAKE_OVER_BOUND, "'%s' committed before or after the kill, found on b", word);
        }
        long allFound = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
        assertThat(b.api().get("api/health").status()).as("b still healthy").isEqualTo(200);
        System.out.printf(
                "cluster test: a SIGKILLed right after 20 writes answered (%d index events in the outbox at"
                        + " the kill, %d of the writes not yet searchable on b just after it); b answered 5 more writes; all %d"
                        + " committed writes found on b %d ms after the kill%n",
                outboxAtKill, pendingAtKill, committed.size(), allFound);
    }

    @Test
    void aRestartedNode_catchesUp_andServesAndWritesAgain() {
        // Entries written on a before it goes down, and on b while it is down, all searchable on b.
        List<String> committed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String word = word("u" + i);
            write(a, word);
            committed.add(word);
        }
        a.kill();
        for (int i = 0; i < 5; i++) {
            String word = word("d" + i);
            write(b, word);
            committed.add(word);
        }
        for (String word : committed) {
            awaitFound(b, word, TAKE_OVER_BOUND, "'%s' committed before or while a was down, found on b", word);
        }

        Duration restart = a.start(jbossHome, clusterModules);
        for (String word : committed) {
            assertThat(total(a, word)).as("'%s' found on the restarted a", word).isEqualTo(1);
        }
        String word = word("r");
        write(a, word);
        awaitFound(b, word, PROPAGATION_BOUND, "a write on the restarted a, found on b");
        for (ClusterNode node : List.of(a, b)) {
            JsonObject health = Awaitility.await("outbox drained, seen from " + node.name())
                    .atMost(Duration.ofSeconds(10))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () -> node.api().get("api/health").json(),
                            h -> h.getJsonNumber("outboxLag").longValue() == 0);
            assertThat(health.getString("status"))
                    .as("health of " + node.name())
                    .isEqualTo("UP");
        }
        System.out.printf(
                "cluster test: a restarted in %d ms and found all %d entries, also those written while it"
                        + " was down%n",
                restart.toMillis(), committed.size());
    }

    @Test
    void aSavedSearchOnA_getsExactlyOneAlert_forAnEntryPublishedOnB() {
        String word = word("s");
        String member = "member" + run;
        String password = "member-password-" + run;
        Api.Reply created = a.api()
                .as(ADMIN, ADMIN_PASSWORD)
                .postJson(
                        "api/admin/users",
                        Json.createObjectBuilder()
                                .add("username", member)
                                .add("password", password)
                                .add("roles", Json.createArrayBuilder().add("member"))
                                .build()
                                .toString());
        assertThat(created.status()).as("member created on a: %s", created).isEqualTo(201);
        Api.Reply saved = a.api()
                .as(member, password)
                .postJson(
                        "api/saved-searches",
                        Json.createObjectBuilder()
                                .add("name", "Watch " + word)
                                .add("search", "q=" + word)
                                .build()
                                .toString());
        assertThat(saved.status()).as("search saved on a: %s", saved).isEqualTo(201);
        String feed = "api/saved-searches/" + saved.json().getJsonNumber("id") + "/alerts.atom";

        write(b, word); // published on b: indexed by an outbox processor after the commit, on a or b
        long since = System.nanoTime();

        List<ClusterNode> nodes = List.of(a, b);
        int[] turn = {0};
        Awaitility.await("an alert for '%s' (published on b) in the feed of a search saved on a".formatted(word))
                .atMost(ALERT_BOUND)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> alerts(nodes.get(turn[0]++ % 2), member, password, feed), n -> n > 0);
        long delay = Duration.ofNanos(System.nanoTime() - since).toMillis();
        // Both nodes' timers keep looking at pending publications: still one alert a few rounds later, on either node.
        Awaitility.await("exactly one alert, on both nodes, for a few timer rounds")
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(8))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> alerts(nodes.get(turn[0]++ % 2), member, password, feed), n -> n == 1);
        assertThat(count("select count(*) from pending_alert_match"))
                .as("no publication left pending")
                .isZero();
        System.out.printf(
                "cluster test: saved search on a, entry published on b, the alert in the feed after %d ms%n", delay);
    }

    // ---------------------------------------------------------------------------------------------------------

    private String word(String suffix) {
        return "kl" + run + suffix;
    }

    /** Imports one authority named after the word through the node; answered 2xx means committed. */
    private static void write(ClusterNode node, String word) {
        Api.Reply reply = node.api()
                .as(ADMIN, ADMIN_PASSWORD)
                .postJson(
                        "api/import",
                        ExchangeJson.document()
                                .authority("cluster-" + word, a -> a.name("Authority " + word)
                                        .country("SE")
                                        .kind("POLICE"))
                                .toJson());
        assertThat(reply.status()).as("import on %s: %s", node.name(), reply).isBetween(200, 299);
    }

    /** How many alerts the saved search's Atom feed lists, read through the node. */
    private static int alerts(ClusterNode node, String user, String password, String feed) {
        Api.Reply reply = node.api().as(user, password).get(feed);
        assertThat(reply.status()).as("feed on %s: %s", node.name(), reply).isEqualTo(200);
        return (int) ATOM_ENTRY.matcher(reply.body()).results().count();
    }

    private static long total(ClusterNode node, String word) {
        Api.Reply reply = node.api().as(ADMIN, ADMIN_PASSWORD).search(word);
        assertThat(reply.status()).as("search on %s: %s", node.name(), reply).isEqualTo(200);
        return reply.json().getJsonNumber("total").longValue();
    }

    /** Waits until search on the node finds the word, failing with the description after the bound. */
    private static void awaitFound(
            ClusterNode node, String word, Duration bound, String description, Object... arguments) {
        Awaitility.await(description.formatted(arguments))
                .atMost(bound)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(25))
                .until(() -> total(node, word) > 0);
    }

    /** Waits until both nodes' outbox event processors run (each registers as an agent in the database). */
    private static void awaitRunningEventProcessors() {
        Awaitility.await("running outbox event processors")
                .atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> count(
                                "select count(*) from hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'"
                                        + " and state = 'RUNNING'"),
                        agents -> agents == 2);
    }

    // Sign-in through the form of /login.xhtml, as a browser does it, by plain HTTP (no redirects followed).

    private static final Pattern ATOM_ENTRY = Pattern.compile("<entry[\\s>]");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Pattern HIDDEN =
            Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    /** Answers the Cookie header of the signed-in session. */
    private static String signIn(ClusterNode node) throws IOException, InterruptedException {
        HttpResponse<String> page = get(node, "login.xhtml", null);
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = sessionCookie(page, null);
        String body = page.body();
        String form = body.substring(
                body.indexOf("<form id=\"signin\""), body.indexOf("</form>", body.indexOf("<form id=\"signin\"")));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        fields.put("username", ADMIN);
        fields.put("password", ADMIN_PASSWORD);
        fields.put("signin-button", "Sign in");
        String encoded = fields.entrySet().stream()
                .map(e -> Api.encode(e.getKey()) + "=" + Api.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = HTTP.send(
                HttpRequest.newBuilder(URI.create(node.url() + "login.xhtml"))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(signedIn.statusCode())
                .as("sign-in answers a redirect: %s", signedIn.body())
                .isEqualTo(302);
        return sessionCookie(signedIn, cookie);
    }

    private static String sessionCookie(HttpResponse<?> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((x, y) -> y)
                .orElse(previous);
    }

    private static HttpResponse<String> get(ClusterNode node, String path, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(node.url() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long count(String sql) {
        try (Connection connection = TestDatabase.postgresql(
                                System.getProperty("it.cluster.database", "liaison_it_cluster"))
                        .getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String httpGet(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
