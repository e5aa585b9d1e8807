package org.liaisonhub.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.liaisonhub.catalog.EntryType;

/**
 * The two query streams of the HTTP case, generated deterministically from the synthetic data's vocabulary: what
 * users type (one word, a name, a role, a person, a city, two to four words of a title, a typo, a network's acronym),
 * sometimes with a type or country filter or a later page. {@link #distinct(int)} answers queries that all differ as
 * the server sees them (text case and spacing normalised, filters as sets), none of them one of the fixed mix, so a
 * result cache never answers one from an earlier request; {@link #zipf} draws from the first 1,000 of them with Zipf
 * weights (popular searches again and again), so such a cache is warm.
 */
final class QueryStreams {

    /** How many distinct queries the Zipf stream draws from (its "catalogue of searches"). */
    static final int ZIPF_QUERIES = 1_000;

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final List<String> countries;
    private final Set<String> excluded;
    private final List<String> words = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();

    /** {@code countries}: the data set's countries by decreasing size; {@code mix}: queries the stream must avoid. */
    QueryStreams(List<String> countries, List<BenchQuery> mix) {
        this.countries = List.copyOf(countries);
        this.excluded = new LinkedHashSet<>();
        mix.forEach(q -> excluded.add(key(q)));
        Set<String> wordSet = new LinkedHashSet<>();
        Set<String> phraseSet = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        Vocabulary.AUTHORITIES.values().forEach(l -> l.forEach(a -> texts.add(a[0])));
        Vocabulary.ROLES.values().forEach(texts::addAll);
        Vocabulary.SENTENCES.values().forEach(texts::addAll);
        Vocabulary.RESOURCES.forEach(r -> texts.add(r[0]));
        texts.addAll(Vocabulary.PRACTICE_TITLES_EN);
        for (String text : texts) {
            String[] w = text.replaceAll("[\\p{Punct}«»《》。、，]", " ").trim().split("\\s+");
            for (int i = 0; i < w.length; i++) {
                if (isHan(w[i])) {
                    // Han text has no spaces: users type two or three characters of it.
                    for (int at = 0; at + 2 <= w[i].length(); at++) {
                        wordSet.add(w[i].substring(at, at + 2));
                        wordSet.add(w[i].substring(at, Math.min(w[i].length(), at + 3)));
                    }
                } else if (w[i].codePointCount(0, w[i].length()) >= 4) {
                    wordSet.add(w[i].toLowerCase(Locale.ROOT));
                }
                for (int len = 2; len <= 4 && i + len <= w.length && !isHan(w[i]); len++) {
                    phraseSet.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + len)));
                }
            }
        }
        Vocabulary.CITIES.values().forEach(wordSet::addAll);
        Vocabulary.NETWORKS.forEach(phraseSet::add);
        Vocabulary.RESOURCES.forEach(r -> phraseSet.add(r[1]));
        Vocabulary.AUTHORITIES.values().forEach(l -> l.forEach(a -> phraseSet.add(a[0])));
        for (String language : Vocabulary.LANGUAGES) {
            for (String first : Vocabulary.FIRST_NAMES.get(language)) {
                for (String last : Vocabulary.LAST_NAMES.get(language)) {
                    phraseSet.add(first + " " + last);
                }
            }
        }
        words.addAll(wordSet);
        phrases.addAll(phraseSet);
    }

    /**
     * {@code count} distinct queries (fewer only if the vocabulary runs out, which it does not below a few hundred
     * thousand), always the same for the same data: the first 1,000 are the Zipf stream's queries.
     */
    List<BenchQuery> distinct(int count) {
        Random random = new Random(BenchmarkSuite.SEED ^ 0x5EA7C4L);
        Map<String, BenchQuery> queries = new LinkedHashMap<>();
        int attempts = 0;
        while (queries.size() < count && attempts++ < count * 20) {
            BenchQuery q = next(random, queries.size());
            String key = key(q);
            if (!excluded.contains(key)) {
                queries.putIfAbsent(key, q);
            }
        }
        return List.copyOf(queries.values());
    }

    /** {@code length} draws from the first {@link #ZIPF_QUERIES} distinct queries, rank r with weight 1 / r. */
    static List<BenchQuery> zipf(List<BenchQuery> distinct, int length, double exponent) {
        int n = Math.min(ZIPF_QUERIES, distinct.size());
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / Math.pow(r + 1, exponent);
            cumulative[r] = sum;
        }
        Random random = new Random(BenchmarkSuite.SEED ^ 0x21FFL);
        List<BenchQuery> stream = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            int rank = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            stream.add(distinct.get(Math.min(n - 1, rank < 0 ? -rank - 1 : rank)));
        }
        return stream;
    }

    /** The request as a result cache would see it: text lower-cased with single spaces, filters as sorted sets. */
    static String key(BenchQuery q) {
        return SPACES.matcher(q.text().toLowerCase(Locale.ROOT).trim()).replaceAll(" ") + "|"
                + new java.util.TreeSet<>(q.types()) + "|" + new java.util.TreeSet<>(q.countries()) + "|" + q.page();
    }

    private BenchQuery next(Random random, int index) {
        int kind = random.nextInt(100);
        String text;
        String name;
        if (kind < 35) {
            text = pick(random, words);
            name = "word";
        } else if (kind < 70) {
            text = pick(random, phrases);
            name = "phrase";
        } else if (kind < 85) {
            text = pick(random, words) + " " + pick(random, words);
            name = "two words";
        } else {
            text = typo(random, pick(random, words));
            name = "typo";
        }
        Set<EntryType> types = random.nextInt(100) < 15 ? Set.of(EntryType.values()[random.nextInt(4)]) : Set.of();
        Set<String> filterCountries = random.nextInt(100) < 15
                ? Set.of(countries.get(Math.min(countries.size() - 1, random.nextInt(40))))
                : Set.of();
        int page = random.nextInt(100) < 10 ? 2 + random.nextInt(4) : 1;
        return new BenchQuery(name + " " + index, text, types, filterCountries, page);
    }

    /** One deleted, doubled or swapped letter, as fast typing does. */
    private static String typo(Random random, String word) {
        if (word.length() < 4) {
            return word + word.charAt(word.length() - 1);
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
    }

    private static boolean isHan(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
