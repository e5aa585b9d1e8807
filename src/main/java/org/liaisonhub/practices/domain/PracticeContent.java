package org.liaisonhub.practices.domain;

import static org.liaisonhub.catalog.validation.ContentRules.REQUIRED;
import static org.liaisonhub.catalog.validation.ContentRules.TOO_LONG;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.catalog.validation.IsoCountry;

/**
 * Everything a good practice says, without its identity. Answers are kept in question order. The constraints are the
 * rules every way in checks ({@code ContentRules}).
 */
public record PracticeContent(
        @NotBlank(message = REQUIRED) @Size(max = 300, message = TOO_LONG)
        String title,

        @NotBlank(message = REQUIRED) @IsoCountry String country,
        @Size(max = 2000, message = TOO_LONG) String summary,
        @Size(max = 100_000, message = TOO_LONG) String body,
        Set<IctCategory> ictCategories,
        Set<Challenge> challenges,
        Visibility visibility,
        @Valid PracticeSource source,
        List<@Valid PracticeAnswer> answers)
        implements Serializable {

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
