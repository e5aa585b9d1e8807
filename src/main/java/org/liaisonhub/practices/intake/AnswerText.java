package org.liaisonhub.practices.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a respondent wrote in one question's answer region, and which of the question's options they ticked. The
 * region still holds the questionnaire's own text: its options (kept only as ticked options, when marked with [x],
 * ☒, ✓ or bold), footnotes (¹ ² ³ … and the lines that continue them), section headings, a lone "Yes / No" and the
 * template's instructions ({@link Questionnaire#boilerplate()}); all of it is left out of the answer. Long options
 * wrap over several lines in PDFs, so an option is matched over as many lines as it takes.
 */
record AnswerText(String text, List<String> ticked) {

    private static final Pattern SECTION_HEADING = Pattern.compile("^(?:[IVX]+)\\.\\s+\\S.*");
    private static final Pattern MARK = Pattern.compile("^(?:\\[[xX✓✔]\\]|☒|✓|✔|☑)\\s*");

    AnswerText {
        ticked = List.copyOf(ticked);
    }

    /** The answer in {@code region} to a question offering {@code options}, less {@code boilerplate}. */
    static AnswerText read(String region, List<String> options, List<String> boilerplate) {
        List<String> ticked = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : region.split("\\n\\s*\\n")) {
            List<String> lines = List.of(paragraph.split("\\n"));
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < lines.size(); ) {
                String line = lines.get(i).strip();
                String bare = bare(line);
                if (bare.isEmpty() || bare.chars().noneMatch(Character::isLetterOrDigit) || isYesNoOnly(bare)) {
                    i++;
                    continue;
                }
                if (Character.getType(bare.codePointAt(0)) == Character.OTHER_NUMBER) {
                    break; // a footnote (¹ ² ³ …) and the lines that continue it in the same paragraph
                }
                Match option = match(lines, i, options);
                if (option != null) {
                    if (isMarked(bare)) {
                        String text = String.join(" ", lines.subList(i, i + option.lines()));
                        ticked.add(
                                option.item().endsWith(":")
                                        ? specified(option.item(), text)
                                        : option.item().replaceFirst("\\s*\\(.*$", ""));
                    }
                    i += option.lines();
                    continue;
                }
                Match template = match(lines, i, boilerplate);
                if (template != null) {
                    i += template.lines();
                    continue;
                }
                if (SECTION_HEADING.matcher(bare).matches()) {
                    i++;
                    continue;
                }
                kept.add(line);
                i++;
            }
            if (!kept.isEmpty()) {
                paragraphs.add(String.join("\n", kept));
            }
        }
        return new AnswerText(String.join("\n\n", paragraphs).strip(), ticked);
    }

    /** A template item found at line {@code i}, and how many lines it spans. */
    private record Match(String item, int lines) {}

    private static Match match(List<String> lines, int i, List<String> items) {
        String first = FoldedText.fold(
                MARK.matcher(bare(lines.get(i)).replace("**", "")).replaceFirst(""));
        for (String item : items) {
            String wanted = FoldedText.fold(item.endsWith(":") ? item.substring(0, item.length() - 1) : item);
            if (first.startsWith(wanted)) {
                return new Match(item, 1);
            }
            if (first.length() >= Math.min(12, wanted.length()) && wanted.startsWith(first)) {
                String seen = first;
                int j = i + 1;
                while (j < lines.size() && !seen.startsWith(wanted)) {
                    String longer =
                            FoldedText.fold(seen + " " + bare(lines.get(j)).replace("**", ""));
                    if (!wanted.startsWith(longer) && !longer.startsWith(wanted)) {
                        break;
                    }
                    seen = longer;
                    j++;
                }
                return new Match(item, j - i);
            }
        }
        return null;
    }

    /** A line without its list bullet. */
    private static String bare(String line) {
        return line.strip().replaceFirst("^[-*•]\\s+", "").strip();
    }

    private static boolean isYesNoOnly(String line) {
        return FoldedText.fold(line)
                .matches("(?:\\[.?\\]\\s*|[☐☒☑✓✔]\\s*)?yes\\s*/\\s*(?:\\[.?\\]\\s*|[☐☒☑✓✔]\\s*)?no");
    }

    /** "Other, please specify:" with what the respondent wrote after its colon. */
    private static String specified(String option, String line) {
        int colon = line.indexOf(':');
        String detail =
                colon < 0 ? "" : line.substring(colon + 1).replace("**", "").strip();
        return detail.isEmpty()
                ? option.substring(0, option.length() - 1).strip()
                : option.substring(0, option.length() - 1).strip() + ": " + detail;
    }

    private static boolean isMarked(String line) {
        return MARK.matcher(line).find() || line.startsWith("**") && line.indexOf("**", 2) > 2;
    }
}
