package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.ServerBase;
import org.liaisonhub.testing.ServerProcess;
import org.liaisonhub.testing.TestDatabase;

/**
 * No committed write is lost to a crash. Writers stream imports (new authorities with a contact point) and edits
 * (renames) at a server of their own, plus documents the server must refuse; the server is killed with SIGKILL in
 * the middle of it and started again. Then every write answered 2xx is in the database and found by search under
 * its latest name (and no longer under an older one), no refused write is there, and the index holds as many
 * documents as the database holds entries. A write that was in flight at the kill got no answer: it may or may
 * not be there, but if it is, it is whole and searchable.
 */
class CrashRecoveryIT {

    private static final String DATABASE = "liaison_it_crash";
    private static final int WRITERS = 3;
    /** The kill comes once this many writes were answered and {@link #MIN_LOAD} has passed… */
    private static final int KILL_AFTER_ANSWERS = 150;

    private static final Duration MIN_LOAD = Duration.ofSeconds(4);
    /** …or at the latest after this, and no writer ever makes more than {@link #MAX_WRITES_PER_WRITER}. */
    private static final Duration MAX_LOAD = Duration.ofSeconds(30);

    private static final int MAX_WRITES_PER_WRITER = 3_000;

    enum Outcome {
        ANSWERED_2XX,
        REFUSED,
        NO_ANSWER
    }

    /** One write: which authority it creates or renames, the unique word in the name it gives, what came back. */
    record Write(String authorityKey, String word, boolean creates, boolean mustBeRefused, Outcome outcome) {}

    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    private final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger answered = new AtomicInteger();

    @Test
    void everyAnsweredWrite_survivesASigkill_andIsFoundBySearchAfterTheRestart() throws Exception {
        ServerBase base = ServerBase.of("it.crash.base.dir", "target/it/h2/crash");
        try (ServerProcess server =
                new ServerProcess(base, DATABASE, Integer.getInteger("it.crash.port.offset", 200)).prepareEmpty()) {
            Api api = server.start();

            int exitCode = writeUntilKilled(api, server);

            assertThat(exitCode).as("killed by SIGKILL").isEqualTo(137);
            assertThat(writes.stream().filter(w -> w.outcome() == Outcome.ANSWERED_2XX && !w.mustBeRefused()))
                    .as("writes answered before the kill")
                    .hasSizeGreaterThanOrEqualTo(KILL_AFTER_ANSWERS / 2);

            api = server.start();
            String startUpCheck = server.console().contains("Index behind the database, re-indexing")
                    ? "re-indexed at start-up"
                    : "index found in step at start-up";

            int verified = verifyEveryEntry(api);
            long indexed = api.search("").json().getInt("total");

            assertThat(server.stop()).as("graceful stop").isNotEqualTo(137);
            DataSource database = TestDatabase.of(base, DATABASE);
            long stored = TestDatabase.count(database, "authority") + TestDatabase.count(database, "contact_point");
            assertThat(indexed)
                    .as("documents in the index = entries in the database")
                    .isEqualTo(stored);

            long ok = count(Outcome.ANSWERED_2XX);
            long refused = count(Outcome.REFUSED);
            long inFlight = count(Outcome.NO_ANSWER);
            System.out.printf(
                    "crash test (%s): %d writes answered 2xx, %d refused, %d in flight at the SIGKILL;"
                            + " after the restart (%s) all %d answered writes verified in the database and by search, no"
                            + " refused write present, %d entries in the database = %d documents in the index%n",
                    TestDatabase.vendor(), ok, refused, inFlight, startUpCheck, verified, stored, indexed);
        }
    }

    private long count(Outcome outcome) {
        return writes.stream().filter(w -> w.outcome() == outcome).count();
    }

    /** Streams writes from {@link #WRITERS} threads, kills the server while they write, answers its exit code. */
    private int writeUntilKilled(Api api, ServerProcess server) throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(
                    () -> {
                        try {
                            write(api, writer, killed);
                        } finally {
                            done.countDown();
                        }
                    },
                    "crash-writer-" + w);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            Awaitility.await(KILL_AFTER_ANSWERS + " writes answered")
                    .pollDelay(MIN_LOAD)
                    .pollInterval(Duration.ofMillis(50))
                    .atMost(MAX_LOAD)
                    .until(() -> answered.get() >= KILL_AFTER_ANSWERS);
        } catch (ConditionTimeoutException slowServer) {
            // Fewer answers by MAX_LOAD: the kill comes all the same, and the test checks what was answered.
        }
        killed.set(true);
        int exitCode = server.kill();
        assertThat(done.await(90, TimeUnit.SECONDS))
                .as("writers stop after the kill")
                .isTrue();
        return exitCode;
    }

    /** One writer: every 5th write is refused on purpose, two in five rename an authority of its own. */
    private void write(Api api, int writer, AtomicBoolean killed) {
        List<String> own = new ArrayList<>();
        Map<String, Integer> versions = new HashMap<>();
        for (int n = 0; n < MAX_WRITES_PER_WRITER; n++) {
            String document;
            Write write;
            if (n % 5 == 4) {
                String key = "crash-" + run + "-w" + writer + "-n" + n;
                String word = word(writer, n, 0);
                // A contact point of an authority that exists nowhere: the whole document is refused.
                document = ExchangeJson.document()
                        .authority(
                                key,
                                a -> a.name("Authority " + word).country("SE").kind("POLICE"))
                        .contact(key + "-c", c -> c.authority("nowhere-" + key).role("Desk " + word))
                        .toJson();
                write = new Write(key, word, true, true, null);
            } else if ((n % 5 == 1 || n % 5 == 3) && !own.isEmpty()) {
                String key = own.get(n % own.size());
                String word = word(writer, own.indexOf(key), versions.merge(key, 1, Integer::sum));
                document = authority(key, word, null);
                write = new Write(key, word, false, false, null);
            } else {
                String key = "crash-" + run + "-w" + writer + "-n" + n;
                String word = word(writer, n, 0);
                document = authority(key, word, key + "-c");
                write = new Write(key, word, true, false, null);
            }
            Outcome outcome;
            try {
                Api.Reply reply = api.postJson("api/import", document);
                outcome = reply.status() / 100 == 2 ? Outcome.ANSWERED_2XX : Outcome.REFUSED;
                answered.incrementAndGet();
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof IOException)) {
                    throw e;
                }
                outcome = Outcome.NO_ANSWER;
            }
            writes.add(new Write(write.authorityKey(), write.word(), write.creates(), write.mustBeRefused(), outcome));
            if (outcome == Outcome.ANSWERED_2XX && write.creates()) {
                own.add(write.authorityKey());
            }
            if (outcome == Outcome.NO_ANSWER || killed.get()) {
                return;
            }
        }
    }

    /** A word no other write uses, so a search for it finds exactly the entries of that write. */
    private String word(int writer, int n, int version) {
        return "k" + run + "w" + writer + "n" + n + "v" + version;
    }

    private static String authority(String key, String word, String contactKey) {
        ExchangeJson document = ExchangeJson.document()
                .authority(key, a -> a.name("Authority " + word).country("SE").kind("POLICE"));
        if (contactKey != null) {
            // The contact point's role never changes; it is found by the word through its authority's name.
            document.contact(contactKey, c -> c.authority(key).role("International desk"));
        }
        return document.toJson();
    }

    /** Checks every authority written to; answers how many answered writes were verified. */
    private int verifyEveryEntry(Api api) {
        int verified = 0;
        List<Write> all = List.copyOf(writes);
        for (String key : all.stream().map(Write::authorityKey).distinct().toList()) {
            List<Write> onKey =
                    all.stream().filter(w -> w.authorityKey().equals(key)).toList();
            Write lastAnswered = null;
            Write inFlight = null;
            for (Write write : onKey) {
                if (write.outcome() == Outcome.ANSWERED_2XX) {
                    lastAnswered = write;
                } else if (write.outcome() == Outcome.NO_ANSWER) {
                    inFlight = write;
                }
            }
            Api.Reply stored = api.get("api/authorities/" + key);
            if (onKey.get(0).mustBeRefused()) {
                assertThat(onKey.get(0).outcome()).as("refused: " + key).isNotEqualTo(Outcome.ANSWERED_2XX);
                assertThat(stored.status())
                        .as("a refused write is not there: " + key)
                        .isEqualTo(404);
                assertThat(api.search(onKey.get(0).word()).json().getInt("total"))
                        .isZero();
                continue;
            }
            if (lastAnswered == null) {
                // Created by the write in flight at the kill: all or nothing.
                if (stored.status() == 404) {
                    assertThat(api.search(inFlight.word()).json().getInt("total"))
                            .isZero();
                    continue;
                }
            }
            assertThat(stored.status()).as("an answered write is there: " + key).isEqualTo(200);
            String name = stored.json().getString("name");
            List<String> allowed = new ArrayList<>();
            if (lastAnswered != null) {
                allowed.add("Authority " + lastAnswered.word());
                verified += (int) onKey.stream()
                        .filter(w -> w.outcome() == Outcome.ANSWERED_2XX)
                        .count();
            }
            if (inFlight != null) {
                allowed.add("Authority " + inFlight.word());
            }
            assertThat(name).as("latest answered name of " + key).isIn(allowed);
            String current = name.substring("Authority ".length());
            assertThat(api.search(current).json().getInt("total"))
                    .as("authority and its contact point found by " + current)
                    .isEqualTo(2);
            for (Write older : onKey) {
                if (!older.word().equals(current)) {
                    assertThat(api.search(older.word()).json().getInt("total"))
                            .as("no document under a name " + key + " no longer has: " + older.word())
                            .isZero();
                }
            }
        }
        return verified;
    }
}
