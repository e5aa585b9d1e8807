package org.liaisonhub.practices.application;

import java.io.Serializable;
import java.util.List;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.domain.GoodPractice;

/** A good practice in a list: what it is about, where from, which ICTs and challenges it reports. */
public record PracticeSummary(
        String key,
        String title,
        String country,
        String summary,
        List<String> ictCategories,
        List<String> challenges,
        boolean questionnaireResponse)
        implements Serializable {

    static PracticeSummary of(GoodPractice p) {
        return new PracticeSummary(
                p.getKey(),
                p.getTitle(),
                p.getCountry(),
                p.getSummary(),
                p.getIctCategories().stream().sorted().map(IctCategory::name).toList(),
                p.getChallenges().stream().sorted().map(Challenge::name).toList(),
                p.getSource().isQuestionnaireResponse());
    }
}
