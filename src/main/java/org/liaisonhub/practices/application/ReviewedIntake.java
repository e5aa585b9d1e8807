package org.liaisonhub.practices.application;

import java.util.List;
import java.util.Set;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.intake.MappedAnswer;

/**
 * A questionnaire answer as the editor left it on the review page, to become a good practice: the practice's fields
 * as typed (white space and case not yet tidied) and the answers as corrected, each a {@link MappedAnswer} whose
 * choice is "YES", "NO" or blank.
 */
public record ReviewedIntake(
        String title,
        String country,
        String summary,
        String respondent,
        Integer year,
        Visibility visibility,
        Set<IctCategory> ictCategories,
        Set<Challenge> challenges,
        List<MappedAnswer> answers) {

    public ReviewedIntake {
        ictCategories = Set.copyOf(ictCategories);
        challenges = Set.copyOf(challenges);
        answers = List.copyOf(answers);
    }
}
