package org.liaisonhub.practices.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;

/** Everything a good practice says, without its identity. Answers are kept in question order. */
public record PracticeContent(
        String title,
        String country,
        String summary,
        String body,
        Set<IctCategory> ictCategories,
        Set<Challenge> challenges,
        Visibility visibility,
        PracticeSource source,
        List<PracticeAnswer> answers) implements Serializable {

    public PracticeContent {
        ictCategories = Set.copyOf(ictCategories);
        challenges = Set.copyOf(challenges);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        source = source == null ? PracticeSource.curated() : source;
        answers = answers.stream()
                .sorted(java.util.Comparator.comparing(PracticeAnswer::getQuestion, QuestionNumber.ORDER))
                .toList();
    }
}
