package org.liaisonhub.practices.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Yes / No" printed after a Yes/No question, as the respondent marked it: a word in bold, or a ticked box before
 * it ([x], ☒, ✓). A choice counts only when exactly one of the two is marked; {@code bothMarked} says the mark was
 * ambiguous. {@code end} is where the "Yes / No" ends in the text it was read from.
 */
record YesNoMark(String choice, boolean bothMarked, int end) {

    private static final String BOX = "(\\[[ xX✓✔]?\\]\\s*|[☐☒☑✓✔]\\s*)?";
    private static final Pattern YES_NO = Pattern.compile(
            "^[\\s\\p{No}]*" + BOX + "(\\*\\*)?\\s*Yes\\s*(\\*\\*)?\\s*/\\s*" + BOX + "(\\*\\*)?\\s*No\\s*(\\*\\*)?");

    /** The mark at the start of {@code region} (white space and footnote marks before it allowed), if it has one. */
    static Optional<YesNoMark> at(String region) {
        Matcher yesNo = YES_NO.matcher(region);
        if (!yesNo.find()) {
            return Optional.empty();
        }
        boolean yes = yesNo.group(2) != null && yesNo.group(3) != null || ticked(yesNo.group(1));
        boolean no = yesNo.group(5) != null && yesNo.group(6) != null || ticked(yesNo.group(4));
        return Optional.of(new YesNoMark(yes == no ? null : yes ? "YES" : "NO", yes && no, yesNo.end()));
    }

    private static boolean ticked(String box) {
        return box != null
                && !box.isBlank()
                && !box.contains("☐")
                && !box.replaceAll("[\\[\\]\\s]", "").isEmpty();
    }
}
