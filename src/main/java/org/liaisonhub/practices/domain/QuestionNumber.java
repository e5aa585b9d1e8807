package org.liaisonhub.practices.domain;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Question numbers as the questionnaire writes them ("1", "1a", "8b") and their natural order. */
public final class QuestionNumber {

    public static final Pattern FORMAT = Pattern.compile("^([1-9][0-9]?)([a-z]?)$");

    /** 1 &lt; 1a &lt; 1b &lt; 2 &lt; … &lt; 10. */
    public static final Comparator<String> ORDER = Comparator.comparingInt(
                    (String q) -> Integer.parseInt(parts(q).group(1)))
            .thenComparing(q -> parts(q).group(2));

    private QuestionNumber() {}

    public static boolean isValid(String question) {
        return question != null && FORMAT.matcher(question).matches();
    }

    private static Matcher parts(String question) {
        Matcher m = FORMAT.matcher(question);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a question number: " + question);
        }
        return m;
    }
}
