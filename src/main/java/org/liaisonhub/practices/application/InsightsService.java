package org.liaisonhub.practices.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.platform.application.ContentGeneration;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.practices.domain.QuestionNumber;
import org.liaisonhub.security.Viewer;

/**
 * Good-practice insights: browse by country, ICT category and challenge, count what the practices report, and
 * compare countries' questionnaire answers question by question. Only what the viewer may see is counted.
 * <p>
 * The pages are open to anonymous readers, so the practices are loaded from the database once per viewer level
 * and {@link ContentGeneration} (replaced after every write, on every node), not once per page view; the
 * counting and comparing afterwards works on that snapshot in memory.
 */
@ApplicationScoped
@Transactional
public class InsightsService {

    private final PracticeRepository practices;
    private final ContentGeneration generation;

    /** Three viewer levels of the current generation, and a few generations being replaced. */
    private final Cache<SnapshotKey, List<Facts>> snapshots = Caffeine.newBuilder()
            .maximumSize(12)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    private record SnapshotKey(Set<Visibility> levels, Set<PublicationStatus> statuses, String generation) {}

    /** What insights and comparisons read of a practice, detached from the persistence context. */
    private record Facts(
            PracticeSummary summary,
            String key,
            String country,
            String title,
            Set<IctCategory> ictCategories,
            Set<Challenge> challenges,
            int year,
            List<PracticeAnswerDetails> answers) {

        static Facts of(GoodPractice p) {
            return new Facts(
                    PracticeSummary.of(p),
                    p.getKey(),
                    p.getCountry(),
                    p.getTitle(),
                    Set.copyOf(p.getIctCategories()),
                    Set.copyOf(p.getChallenges()),
                    p.getSource().year() == null ? 0 : p.getSource().year(),
                    p.getAnswers().stream()
                            .map(PracticeAnswerDetails::of)
                            .map(Facts::detached)
                            .toList());
        }

        /** The options list may be the persistence context's own collection: copy it before caching. */
        private static PracticeAnswerDetails detached(PracticeAnswerDetails a) {
            return new PracticeAnswerDetails(
                    a.question(),
                    a.prompt(),
                    a.answer(),
                    a.choice(),
                    a.options() == null ? null : new ArrayList<>(a.options()));
        }

        Optional<PracticeAnswerDetails> answer(String question) {
            return answers.stream().filter(a -> a.question().equals(question)).findFirst();
        }
    }

    InsightsService() {
        this(null, null); // for CDI's client proxy only
    }

    @Inject
    public InsightsService(PracticeRepository practices, ContentGeneration generation) {
        this.practices = practices;
        this.generation = generation;
    }

    private List<Facts> visible(Viewer viewer) {
        SnapshotKey key = new SnapshotKey(
                Set.copyOf(viewer.visibleLevels()), Set.copyOf(viewer.visibleStatuses()), generation.current());
        return snapshots.get(key, k -> practices.findAllVisible(k.levels(), k.statuses()).stream()
                .map(Facts::of)
                .toList());
    }

    /** Null or blank filters match everything; filters that name no known value match nothing. */
    public PracticeInsights insights(String country, String ict, String challenge, Viewer viewer) {
        List<Facts> visible = visible(viewer);
        List<Facts> matching = visible.stream()
                .filter(p -> blank(country) || p.country().equalsIgnoreCase(country.strip()))
                .filter(p -> blank(ict)
                        || p.ictCategories().stream().anyMatch(c -> c.name().equals(ict.strip())))
                .filter(p -> blank(challenge)
                        || p.challenges().stream().anyMatch(c -> c.name().equals(challenge.strip())))
                .sorted(Comparator.comparing(Facts::country).thenComparing(Facts::title))
                .toList();
        Map<IctCategory, Long> icts = new EnumMap<>(IctCategory.class);
        for (IctCategory c : IctCategory.values()) {
            icts.put(c, 0L);
        }
        Map<Challenge, Long> challenges = new EnumMap<>(Challenge.class);
        for (Challenge c : Challenge.values()) {
            challenges.put(c, 0L);
        }
        for (Facts p : matching) {
            p.ictCategories().forEach(c -> icts.merge(c, 1L, Long::sum));
            p.challenges().forEach(c -> challenges.merge(c, 1L, Long::sum));
        }
        return new PracticeInsights(
                matching.stream().map(Facts::summary).toList(),
                names(icts),
                names(challenges),
                visible.stream().map(Facts::country).distinct().sorted().toList());
    }

    /** Countries in the order given (duplicates dropped, codes upper-cased). */
    public CountryComparison compare(Collection<String> countries, Viewer viewer) {
        List<String> codes = countries.stream()
                .filter(c -> !blank(c))
                .map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
        List<Facts> visible = visible(viewer);
        List<Optional<Facts>> responses = new ArrayList<>();
        List<List<String>> icts = new ArrayList<>();
        List<List<String>> challenges = new ArrayList<>();
        for (String code : codes) {
            List<Facts> ofCountry =
                    visible.stream().filter(p -> p.country().equals(code)).toList();
            responses.add(ofCountry.stream()
                    .filter(p -> !p.answers().isEmpty())
                    .max(Comparator.comparingInt(Facts::year).thenComparing(Facts::key)));
            icts.add(ofCountry.stream()
                    .flatMap(p -> p.ictCategories().stream())
                    .distinct()
                    .sorted()
                    .map(IctCategory::name)
                    .toList());
            challenges.add(ofCountry.stream()
                    .flatMap(p -> p.challenges().stream())
                    .distinct()
                    .sorted()
                    .map(Challenge::name)
                    .toList());
        }
        Map<String, String> prompts = new TreeMap<>(QuestionNumber.ORDER);
        for (Optional<Facts> response : responses) {
            response.ifPresent(p -> p.answers()
                    .forEach(a -> prompts.merge(
                            a.question(), a.prompt() == null ? "" : a.prompt(), (x, y) -> x.isEmpty() ? y : x)));
        }
        List<CountryComparison.Row> rows = new ArrayList<>();
        prompts.forEach((question, prompt) -> {
            List<PracticeAnswerDetails> cells = new ArrayList<>();
            for (Optional<Facts> response : responses) {
                cells.add(response.flatMap(p -> p.answer(question)).orElse(null));
            }
            rows.add(new CountryComparison.Row(question, prompt, cells));
        });
        return new CountryComparison(codes, rows, icts, challenges);
    }

    private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
