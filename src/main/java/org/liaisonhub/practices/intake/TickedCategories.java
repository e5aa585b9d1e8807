package org.liaisonhub.practices.intake;

import java.util.ArrayList;
import java.util.List;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.practices.domain.Challenge;

/**
 * The ICT categories (question 1a) and challenges (question 6) an answer ticked, as Liaison's enums: the
 * questionnaire lists them in the same order as {@link IctCategory} and {@link Challenge}. "Other, please
 * specify: …" counts as OTHER.
 */
public final class TickedCategories {

    private TickedCategories() {}

    public static List<IctCategory> ictCategories(Questionnaire questionnaire, List<String> ticked) {
        return map(questionnaire, "1a", ticked, IctCategory.values());
    }

    public static List<Challenge> challenges(Questionnaire questionnaire, List<String> ticked) {
        return map(questionnaire, "6", ticked, Challenge.values());
    }

    private static <E extends Enum<E>> List<E> map(
            Questionnaire questionnaire, String number, List<String> ticked, E[] values) {
        Question question =
                questionnaire.question(number).orElseThrow(() -> new IllegalArgumentException("no question " + number));
        List<E> out = new ArrayList<>();
        for (String chosen : ticked) {
            for (int i = 0; i < question.options().size() && i < values.length; i++) {
                String offered = question.options().get(i);
                // The parser names options without their parenthetical examples: "Databases", not "Databases (…)".
                String stem = (offered.endsWith(":") ? offered.substring(0, offered.length() - 1) : offered)
                        .replaceFirst("\\s*\\(.*$", "");
                if (chosen.strip().startsWith(stem) && !out.contains(values[i])) {
                    out.add(values[i]);
                }
            }
        }
        return out;
    }
}
