package org.liaisonhub.practices.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.practices.domain.QuestionNumber;
import org.liaisonhub.security.Viewer;

/**
 * Good-practice insights: browse by country, ICT category and challenge, count what the practices report, and
 * compare countries' questionnaire answers question by question. Only what the viewer may see is counted.
 */
@ApplicationScoped
@Transactional
public class InsightsService {

    private final PracticeRepository practices;

    InsightsService() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public InsightsService(PracticeRepository practices) {
        this.practices = practices;
    }

    /** Null or blank filters match everything; filters that name no known value match nothing. */
    public PracticeInsights insights(String country, String ict, String challenge, Viewer viewer) {
        List<GoodPractice> visible = practices.findAllVisible(viewer.visibleLevels(), viewer.visibleStatuses());
        List<GoodPractice> matching = visible.stream()
                .filter(p -> blank(country) || p.getCountry().equalsIgnoreCase(country.strip()))
                .filter(p -> blank(ict) || p.getIctCategories().stream().anyMatch(c -> c.name().equals(ict.strip())))
                .filter(p -> blank(challenge)
                        || p.getChallenges().stream().anyMatch(c -> c.name().equals(challenge.strip())))
                .sorted(Comparator.comparing(GoodPractice::getCountry).thenComparing(GoodPractice::getTitle))
                .toList();
        Map<IctCategory, Long> icts = new EnumMap<>(IctCategory.class);
        for (IctCategory c : IctCategory.values()) {
            icts.put(c, 0L);
        }
        Map<Challenge, Long> challenges = new EnumMap<>(Challenge.class);
        for (Challenge c : Challenge.values()) {
            challenges.put(c, 0L);
        }
        for (GoodPractice p : matching) {
            p.getIctCategories().forEach(c -> icts.merge(c, 1L, Long::sum));
            p.getChallenges().forEach(c -> challenges.merge(c, 1L, Long::sum));
        }
        return new PracticeInsights(matching.stream().map(PracticeSummary::of).toList(), names(icts),
                names(challenges), visible.stream().map(GoodPractice::getCountry).distinct().sorted().toList());
    }

    /** Countries in the order given (duplicates dropped, codes upper-cased). */
    public CountryComparison compare(Collection<String> countries, Viewer viewer) {
        List<String> codes = countries.stream().filter(c -> !blank(c)).map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
                .distinct().toList();
        List<GoodPractice> visible = practices.findAllVisible(viewer.visibleLevels(), viewer.visibleStatuses());
        List<Optional<GoodPractice>> responses = new ArrayList<>();
        List<List<String>> icts = new ArrayList<>();
        List<List<String>> challenges = new ArrayList<>();
        for (String code : codes) {
            List<GoodPractice> ofCountry = visible.stream().filter(p -> p.getCountry().equals(code)).toList();
            responses.add(ofCountry.stream().filter(p -> !p.getAnswers().isEmpty())
                    .max(Comparator.comparing((GoodPractice p) -> p.getSource().year() == null ? 0
                            : p.getSource().year()).thenComparing(GoodPractice::getKey)));
            icts.add(ofCountry.stream().flatMap(p -> p.getIctCategories().stream()).distinct().sorted()
                    .map(IctCategory::name).toList());
            challenges.add(ofCountry.stream().flatMap(p -> p.getChallenges().stream()).distinct().sorted()
                    .map(Challenge::name).toList());
        }
        Map<String, String> prompts = new TreeMap<>(QuestionNumber.ORDER);
        for (Optional<GoodPractice> response : responses) {
            response.ifPresent(p -> p.getAnswers().forEach(a -> prompts.merge(a.getQuestion(),
                    a.getPrompt() == null ? "" : a.getPrompt(), (x, y) -> x.isEmpty() ? y : x)));
        }
        List<CountryComparison.Row> rows = new ArrayList<>();
        prompts.forEach((question, prompt) -> {
            List<AnswerView> cells = new ArrayList<>();
            for (Optional<GoodPractice> response : responses) {
                cells.add(response.flatMap(p -> p.getAnswers().stream()
                        .filter(a -> a.getQuestion().equals(question)).findFirst()).map(AnswerView::of)
                        .orElse(null));
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
