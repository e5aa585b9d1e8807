package org.liaisonhub.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;

/**
 * N synthetic entries written straight into a Liaison database whose schema the application's own Flyway
 * migrations made (JDBC batch inserts, table by table as in db/migration/common/V1). Deterministic for a seed.
 *
 * <ul>
 * <li>Mix: 20 % authorities, 65 % contact points, 3 % network resources, 12 % good practices.</li>
 * <li>Countries: every ISO 3166 code, sizes Zipf-distributed (exponent 1.1) over a fixed shuffle, so a few
 * countries hold most entries, as in the real directory; one country of each language is among the first 17
 * ranks, so every language is present at any N.</li>
 * <li>Languages: an authority's local name, its contacts' roles and people and part of every text are in its
 * country's language (en, fr, es, pt, de, sv, ru, ar, zh); the rest in English.</li>
 * <li>Lengths: descriptions 1–12 sentences (geometric), practice bodies 3–40 sentences, 3–9 answers of 1–8
 * sentences each, so a practice is 1–10 KB of text; 15 % of entries are members-only.</li>
 * </ul>
 */
public final class SyntheticCatalog {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 1, 15, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final int BATCH = 1000;

    private final Random random;
    private final String[] countries;
    private final double[] cumulative;

    public SyntheticCatalog(long seed) {
        this.random = new Random(seed);
        List<String> codes = new ArrayList<>(Arrays.asList(Locale.getISOCountries()));
        Collections.shuffle(codes, new Random(42));
        // One large country per language among the first ranks, so every language is present at any N.
        int rank = 1;
        for (String language : Vocabulary.LANGUAGES.subList(1, Vocabulary.LANGUAGES.size())) {
            String first = codes.stream()
                    .filter(c -> Vocabulary.languageOf(c).equals(language))
                    .findFirst()
                    .orElseThrow();
            codes.remove(first);
            codes.add(rank, first);
            rank += 2;
        }
        this.countries = codes.toArray(String[]::new);
        this.cumulative = new double[countries.length];
        double sum = 0;
        for (int i = 0; i < countries.length; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < countries.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** The countries by decreasing size: the first is the largest. */
    public String country(int rank) {
        return countries[rank];
    }

    /** How many entries of each kind make up {@code n}. */
    public record Counts(int authorities, int contacts, int resources, int practices) {
        static Counts of(int n) {
            int authorities = Math.max(1, n * 20 / 100);
            int resources = Math.max(1, n * 3 / 100);
            int practices = Math.max(1, n * 12 / 100);
            return new Counts(authorities, n - authorities - resources - practices, resources, practices);
        }

        public int total() {
            return authorities + contacts + resources + practices;
        }
    }

    /** Writes {@code n} entries; the database must have Liaison's schema and no entries yet. */
    public Counts write(DataSource dataSource, int n) throws SQLException {
        Counts counts = Counts.of(n);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String[] authorityCountry = writeAuthorities(c, counts.authorities());
            writeContacts(c, counts.contacts(), authorityCountry);
            writeResources(c, counts.resources());
            writePractices(c, counts.practices());
            try (Statement s = c.createStatement()) {
                // Hibernate's pooled sequences must continue after the generated ids.
                s.execute("alter sequence authority_SEQ restart with " + (counts.authorities() + 100));
                s.execute("alter sequence contact_point_SEQ restart with " + (counts.contacts() + 100));
                s.execute("alter sequence network_resource_SEQ restart with " + (counts.resources() + 100));
                s.execute("alter sequence good_practice_SEQ restart with " + (counts.practices() + 100));
            }
            c.commit();
        }
        return counts;
    }

    private String[] writeAuthorities(Connection c, int count) throws SQLException {
        String[] countryOf = new String[count + 1];
        try (PreparedStatement a = c.prepareStatement("insert into authority (id, createdAt, entry_key, updatedAt,"
                        + " version, visibility, country, description, kind, localName, name, website)"
                        + " values (?,?,?,?,0,?,?,?,?,?,?,?)");
                PreparedStatement comp =
                        c.prepareStatement("insert into authority_competence (authority_id, competence) values (?,?)");
                PreparedStatement net =
                        c.prepareStatement("insert into authority_network (authority_id, network) values (?,?)")) {
            for (int id = 1; id <= count; id++) {
                String country = zipfCountry();
                countryOf[id] = country;
                String lang = Vocabulary.languageOf(country);
                String[] local = pick(Vocabulary.AUTHORITIES.get(lang));
                String city = pick(Vocabulary.CITIES.get(lang));
                String name = lang.equals("en")
                        ? local[0] + ", " + city
                        : Vocabulary.ENGLISH_KIND_NAMES.get(local[1]) + ", " + city;
                a.setLong(1, id);
                a.setObject(2, CREATED);
                a.setString(3, "bench-authority-" + id);
                a.setObject(4, CREATED);
                a.setString(5, visibility());
                a.setString(6, country);
                a.setString(7, text(lang, 1 + geometric(0.35, 11)));
                a.setString(8, local[1]);
                a.setString(9, lang.equals("en") ? null : local[0] + ", " + city);
                a.setString(10, name);
                a.setString(11, "https://www." + country.toLowerCase(Locale.ROOT) + "-justice.example/" + id);
                a.addBatch();
                for (String competence : some(
                        List.of("MLA", "EIO", "EXTRADITION", "ASSET_RECOVERY", "INTELLIGENCE_EXCHANGE", "JIT"), 1, 3)) {
                    comp.setLong(1, id);
                    comp.setString(2, competence);
                    comp.addBatch();
                }
                for (String network : some(Vocabulary.NETWORKS, 0, 3)) {
                    net.setLong(1, id);
                    net.setString(2, network);
                    net.addBatch();
                }
                if (id % BATCH == 0) {
                    execute(a, comp, net);
                }
            }
            execute(a, comp, net);
        }
        return countryOf;
    }

    private void writeContacts(Connection c, int count, String[] authorityCountry) throws SQLException {
        int authorities = authorityCountry.length - 1;
        try (PreparedStatement p = c.prepareStatement("insert into contact_point (id, createdAt, entry_key,"
                        + " updatedAt, version, visibility, email, lastVerified, personName, phone, role, authority_id)"
                        + " values (?,?,?,?,0,?,?,?,?,?,?,?)");
                PreparedStatement lang =
                        c.prepareStatement("insert into contact_language (contact_id, language) values (?,?)");
                PreparedStatement chan = c.prepareStatement("insert into contact_channel (contact_id, address,"
                        + " channel_type, position) values (?,?,?,?)");
                PreparedStatement comp =
                        c.prepareStatement("insert into contact_competence (contact_id, competence) values (?,?)");
                PreparedStatement net =
                        c.prepareStatement("insert into contact_network (contact_id, network) values (?,?)")) {
            for (int id = 1; id <= count; id++) {
                int authority = 1 + random.nextInt(authorities);
                String language = Vocabulary.languageOf(authorityCountry[authority]);
                p.setLong(1, id);
                p.setObject(2, CREATED);
                p.setString(3, "bench-contact-" + id);
                p.setObject(4, CREATED);
                p.setString(5, visibility());
                p.setString(
                        6,
                        "contact" + id + "@" + authorityCountry[authority].toLowerCase(Locale.ROOT)
                                + "-justice.example");
                p.setDate(7, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700))));
                p.setString(
                        8,
                        pick(Vocabulary.FIRST_NAMES.get(language)) + " " + pick(Vocabulary.LAST_NAMES.get(language)));
                p.setString(9, "+46" + (100000000 + random.nextInt(899999999)));
                p.setString(10, pick(Vocabulary.ROLES.get(random.nextInt(3) == 0 ? "en" : language)));
                p.setLong(11, authority);
                p.addBatch();
                Set<String> languages = new LinkedHashSet<>(List.of(language));
                if (!language.equals("en") && random.nextBoolean()) {
                    languages.add("en");
                }
                for (String l : languages) {
                    lang.setLong(1, id);
                    lang.setString(2, l);
                    lang.addBatch();
                }
                int channels = 1 + random.nextInt(3);
                for (int i = 0; i < channels; i++) {
                    chan.setLong(1, id);
                    chan.setString(2, i == 0 ? "contact" + id + "@example.org" : "threema:" + id + "X" + i);
                    chan.setString(
                            3, i == 0 ? "EMAIL" : pick(List.of("PHONE", "GLOBE_THREEMA", "SIENA", "I24_7", "ESW")));
                    chan.setInt(4, i);
                    chan.addBatch();
                }
                for (String competence : some(List.of("MLA", "EIO", "EXTRADITION", "ASSET_RECOVERY", "JIT"), 1, 2)) {
                    comp.setLong(1, id);
                    comp.setString(2, competence);
                    comp.addBatch();
                }
                for (String network : some(Vocabulary.NETWORKS, 0, 2)) {
                    net.setLong(1, id);
                    net.setString(2, network);
                    net.addBatch();
                }
                if (id % BATCH == 0) {
                    execute(p, lang, chan, comp, net);
                }
            }
            execute(p, lang, chan, comp, net);
        }
    }

    private void writeResources(Connection c, int count) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into network_resource (id, createdAt, entry_key,"
                        + " updatedAt, version, visibility, access, acronym, description, kind, name, operator, url)"
                        + " values (?,?,?,?,0,?,?,?,?,?,?,?,?)");
                PreparedStatement ict =
                        c.prepareStatement("insert into resource_ict (resource_id, ict_category) values (?,?)")) {
            for (int id = 1; id <= count; id++) {
                String[] resource = pick(Vocabulary.RESOURCES);
                String region = country(random.nextInt(60));
                p.setLong(1, id);
                p.setObject(2, CREATED);
                p.setString(3, "bench-resource-" + id);
                p.setObject(4, CREATED);
                p.setString(5, visibility());
                p.setString(6, random.nextBoolean() ? "OPEN" : "REGISTRATION");
                p.setString(7, resource[1] + " " + region);
                p.setString(8, text("en", 2 + geometric(0.3, 12)));
                p.setString(9, resource[2]);
                p.setString(10, resource[0] + " (" + region + " chapter " + id + ")");
                p.setString(11, pick(List.of("UNODC", "Europol", "Eurojust", "INTERPOL", "World Bank", "OECD")));
                p.setString(12, "https://network.example/" + id);
                p.addBatch();
                for (String category : some(
                        List.of(
                                "EMAIL_MESSAGING",
                                "VIDEOCONFERENCE",
                                "DATABASES",
                                "SECURE_EXCHANGE_PLATFORM",
                                "TRANSLATION_SOFTWARE"),
                        0,
                        2)) {
                    ict.setLong(1, id);
                    ict.setString(2, category);
                    ict.addBatch();
                }
                if (id % BATCH == 0) {
                    execute(p, ict);
                }
            }
            execute(p, ict);
        }
    }

    private void writePractices(Connection c, int count) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into good_practice (id, createdAt, entry_key,"
                        + " updatedAt, version, visibility, body, country, source_type, source_questionnaire,"
                        + " source_respondent, source_year, summary, title) values (?,?,?,?,0,?,?,?,?,?,?,?,?,?)");
                PreparedStatement ans = c.prepareStatement("insert into practice_answer (practice_id, answer,"
                        + " choice, options, prompt, question, position) values (?,?,?,?,?,?,?)");
                PreparedStatement ict =
                        c.prepareStatement("insert into practice_ict (practice_id, ict_category) values (?,?)")) {
            for (int id = 1; id <= count; id++) {
                String country = zipfCountry();
                String lang = Vocabulary.languageOf(country);
                p.setLong(1, id);
                p.setObject(2, CREATED);
                p.setString(3, "bench-practice-" + id);
                p.setObject(4, CREATED);
                p.setString(5, visibility());
                p.setString(6, text(lang, 3 + geometric(0.12, 37)));
                p.setString(7, country);
                p.setString(8, "CURATED");
                p.setString(9, "UNODC questionnaire on ICT for international cooperation");
                p.setString(10, country);
                p.setInt(11, 2020 + random.nextInt(6));
                p.setString(12, text(lang, 1 + random.nextInt(2)));
                p.setString(13, pick(Vocabulary.PRACTICE_TITLES_EN) + " (" + country + ")");
                p.addBatch();
                int answers = 3 + random.nextInt(7);
                for (int i = 0; i < answers; i++) {
                    ans.setLong(1, id);
                    ans.setString(2, text(lang, 1 + geometric(0.3, 7)));
                    ans.setString(3, random.nextBoolean() ? "YES" : "NO");
                    ans.setString(4, null);
                    ans.setString(5, "Question " + (i + 1));
                    ans.setString(6, String.valueOf(i + 1));
                    ans.setInt(7, i);
                    ans.addBatch();
                }
                for (String category : some(
                        List.of(
                                "EMAIL_MESSAGING",
                                "VIDEOCONFERENCE",
                                "CASE_MANAGEMENT",
                                "SECURE_EXCHANGE_PLATFORM",
                                "TRANSLATION_SOFTWARE",
                                "ARTIFICIAL_INTELLIGENCE"),
                        1,
                        3)) {
                    ict.setLong(1, id);
                    ict.setString(2, category);
                    ict.addBatch();
                }
                if (id % (BATCH / 4) == 0) {
                    execute(p, ans, ict);
                }
            }
            execute(p, ans, ict);
        }
    }

    private static void execute(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }

    /** Sentences in the entry's language, a third of them in English (as in the real, mixed material). */
    private String text(String lang, int sentences) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                out.append(' ');
            }
            String l = lang.equals("en") || random.nextInt(3) == 0 ? "en" : lang;
            out.append(pick(Vocabulary.SENTENCES.get(l)));
        }
        return out.toString();
    }

    private String zipfCountry() {
        double u = random.nextDouble();
        int i = Arrays.binarySearch(cumulative, u);
        return countries[Math.min(countries.length - 1, i >= 0 ? i : -i - 1)];
    }

    private String visibility() {
        return random.nextInt(100) < 15 ? "MEMBERS" : "PUBLIC";
    }

    /** 0, 1, 2… with probability p of stopping at each step, at most {@code max}. */
    private int geometric(double p, int max) {
        int k = 0;
        while (k < max && random.nextDouble() > p) {
            k++;
        }
        return k;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<String> some(List<String> values, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        List<String> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }
}
