package org.liaisonhub.practices.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.practices.domain.PracticeSource;

/** Everything the detail page and {@code GET /api/practices/{key}} show of a good practice. */
public record PracticeDetails(
        String key,
        String title,
        String country,
        String summary,
        String body,
        List<String> ictCategories,
        List<String> challenges,
        String sourceType,
        String questionnaire,
        String respondent,
        Integer year,
        List<PracticeAnswerDetails> answers,
        String visibility,
        Instant updatedAt)
        implements Serializable {

    static PracticeDetails of(GoodPractice p) {
        PracticeSource source = p.getSource();
        return new PracticeDetails(
                p.getKey(),
                p.getTitle(),
                p.getCountry(),
                p.getSummary(),
                p.getBody(),
                p.getIctCategories().stream().sorted().map(IctCategory::name).toList(),
                p.getChallenges().stream().sorted().map(Challenge::name).toList(),
                source.type().name(),
                source.questionnaire(),
                source.respondent(),
                source.year(),
                p.getAnswers().stream().map(PracticeAnswerDetails::of).toList(),
                p.getVisibility().name(),
                p.getUpdatedAt());
    }
}
