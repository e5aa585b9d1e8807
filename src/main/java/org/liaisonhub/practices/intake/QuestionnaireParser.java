package org.liaisonhub.practices.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the text of an answered questionnaire onto its structure. The text is Markdown-like: paragraphs are
 * separated by blank lines and bold is written {@code **bold**} (that is what {@link DocumentText} makes of
 * DOCX and PDF too). Each question is found by its printed prompt; what follows it up to the next question,
 * less the questionnaire's own template text (option lists, footnotes, section headings, instructions), is
 * the answer. A Yes/No answer counts only when exactly one of the two is marked (bold, [x], ☒, ✓).
 */
public final class QuestionnaireParser {

    private static final Pattern SECTION_HEADING = Pattern.compile("^(?:[IVX]+)\\.\\s+\\S.*");
    private static final Pattern MARK = Pattern.compile("^(?:\\[[xX✓✔]\\]|☒|✓|✔|☑)\\s*");
    private static final Pattern YES_NO = Pattern.compile(
            "^[\\s\\p{No}]*(\\[[ xX✓✔]?\\]\\s*|[☐☒☑✓✔]\\s*)?(\\*\\*)?\\s*Yes\\s*(\\*\\*)?\\s*/\\s*"
                    + "(\\[[ xX✓✔]?\\]\\s*|[☐☒☑✓✔]\\s*)?(\\*\\*)?\\s*No\\s*(\\*\\*)?");

    private final Questionnaire questionnaire;

    public QuestionnaireParser(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public QuestionnaireMapping parse(String text) {
        String source = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        Folded folded = Folded.of(source);
        List<Question> questions = questionnaire.questions();
        int[] starts = new int[questions.size()];
        int[] promptEnds = new int[questions.size()];
        int from = 0;
        for (int i = 0; i < questions.size(); i++) {
            String prompt = fold(questions.get(i).prompt());
            int at = folded.text.indexOf(prompt, from);
            int length = prompt.length();
            if (at < 0) {
                // Wording may differ slightly: find the beginning of the prompt, take its line as the prompt.
                String head = prompt.substring(0, Math.min(40, prompt.length()));
                at = folded.text.indexOf(head, from);
                length = head.length();
            }
            starts[i] = at < 0 ? -1 : folded.original(at);
            promptEnds[i] = at < 0 ? -1 : folded.original(at + length);
            if (at >= 0) {
                from = at + length;
            }
        }

        List<MappedAnswer> answers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            if (starts[i] < 0) {
                answers.add(new MappedAnswer(question.number(), question.prompt(), "", null, List.of(), false));
                notes.add("Question " + question.number() + " was not found in the document.");
                continue;
            }
            int end = source.length();
            for (int j = i + 1; j < questions.size(); j++) {
                if (starts[j] >= 0) {
                    end = lineStart(source, starts[j]);
                    break;
                }
            }
            String rest = source.substring(Math.min(promptEnds[i], end), end);
            String choice = null;
            if (question.yesNo()) {
                Matcher yesNo = YES_NO.matcher(rest);
                if (yesNo.find()) {
                    boolean yes = yesNo.group(2) != null && yesNo.group(3) != null || checked(yesNo.group(1));
                    boolean no = yesNo.group(5) != null && yesNo.group(6) != null || checked(yesNo.group(4));
                    choice = yes == no ? null : yes ? "YES" : "NO";
                    if (yes && no) {
                        notes.add("Question " + question.number() + ": both Yes and No are marked; left open.");
                    }
                    rest = rest.substring(yesNo.end());
                }
            }
            rest = restOfPromptLine(rest, promptEnds[i] - starts[i] < fold(question.prompt()).length());
            List<String> options = new ArrayList<>();
            String answer = answerText(rest, question, options);
            answers.add(new MappedAnswer(question.number(), question.prompt(), answer, choice, options, true));
        }
        return new QuestionnaireMapping(questionnaire.title(), answers, notes);
    }

    /** When only the beginning of the prompt matched, the rest of its line is prompt too. */
    private static String restOfPromptLine(String rest, boolean partialPrompt) {
        if (!partialPrompt) {
            return rest;
        }
        int newline = rest.indexOf('\n');
        return newline < 0 ? "" : rest.substring(newline + 1);
    }

    private String answerText(String region, Question question, List<String> options) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : region.split("\\n\\s*\\n")) {
            List<String> lines = List.of(paragraph.split("\\n"));
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < lines.size();) {
                String line = lines.get(i).strip();
                String bare = bare(line);
                if (bare.isEmpty() || bare.chars().noneMatch(Character::isLetterOrDigit) || isYesNoOnly(bare)) {
                    i++;
                    continue;
                }
                if (Character.getType(bare.codePointAt(0)) == Character.OTHER_NUMBER) {
                    break; // a footnote (¹ ² ³ …) and the lines that continue it in the same paragraph
                }
                Match option = match(lines, i, question.options());
                if (option != null) {
                    if (isMarked(bare)) {
                        String text = String.join(" ", lines.subList(i, i + option.lines()));
                        options.add(option.item().endsWith(":") ? specified(option.item(), text)
                                : option.item().replaceFirst("\\s*\\(.*$", ""));
                    }
                    i += option.lines();
                    continue;
                }
                Match template = match(lines, i, questionnaire.boilerplate());
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
        return String.join("\n\n", paragraphs).strip();
    }

    /** A template item found at line {@code i}, and how many lines it spans (long items wrap in PDFs). */
    private record Match(String item, int lines) {
    }

    private static Match match(List<String> lines, int i, List<String> items) {
        String first = fold(MARK.matcher(bare(lines.get(i)).replace("**", "")).replaceFirst(""));
        for (String item : items) {
            String wanted = fold(item.endsWith(":") ? item.substring(0, item.length() - 1) : item);
            if (first.startsWith(wanted)) {
                return new Match(item, 1);
            }
            if (first.length() >= Math.min(12, wanted.length()) && wanted.startsWith(first)) {
                String seen = first;
                int j = i + 1;
                while (j < lines.size() && !seen.startsWith(wanted)) {
                    String longer = fold(seen + " " + bare(lines.get(j)).replace("**", ""));
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

    private static String bare(String line) {
        return line.strip().replaceFirst("^[-*•]\\s+", "").strip();
    }

    private static boolean isYesNoOnly(String line) {
        return fold(line).matches("(?:\\[.?\\]\\s*|[☐☒☑✓✔]\\s*)?yes\\s*/\\s*(?:\\[.?\\]\\s*|[☐☒☑✓✔]\\s*)?no");
    }

    private static String specified(String option, String line) {
        int colon = line.indexOf(':');
        String detail = colon < 0 ? "" : line.substring(colon + 1).replace("**", "").strip();
        return detail.isEmpty() ? option.substring(0, option.length() - 1).strip()
                : option.substring(0, option.length() - 1).strip() + ": " + detail;
    }

    private static boolean isMarked(String line) {
        return MARK.matcher(line).find() || line.startsWith("**") && line.indexOf("**", 2) > 2;
    }

    private static boolean checked(String box) {
        return box != null && !box.isBlank() && !box.contains("☐") && !box.replaceAll("[\\[\\]\\s]", "").isEmpty();
    }

    private static int lineStart(String text, int index) {
        int newline = text.lastIndexOf('\n', index - 1);
        int start = newline + 1;
        // The question's own numbering ("8.", "- a.") belongs to it, not to the previous answer.
        return text.substring(start, index).matches("[\\s\\-•*]*(?:\\d+\\.|[a-z]\\.)?\\s*") ? start : index;
    }

    /** Lower case, accents and markup dropped, superscripts dropped, all white space one space. */
    static String fold(String text) {
        return Folded.of(text).text;
    }

    /** A folded copy of a text that remembers where each of its characters came from. */
    private static final class Folded {
        final String text;
        final int[] origin;

        private Folded(String text, int[] origin) {
            this.text = text;
            this.origin = origin;
        }

        static Folded of(String source) {
            StringBuilder out = new StringBuilder(source.length());
            int[] origin = new int[source.length() * 2 + 1];
            boolean space = true;
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '*' || Character.getType(c) == Character.OTHER_NUMBER
                        || Character.getType(c) == Character.NON_SPACING_MARK) {
                    continue;
                }
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
                if (Character.isWhitespace(c)) {
                    if (!space) {
                        origin[out.length()] = i;
                        out.append(' ');
                        space = true;
                    }
                    continue;
                }
                for (char d : decomposed.toCharArray()) {
                    origin[out.length()] = i;
                    out.append(d);
                }
                space = false;
            }
            origin[out.length()] = source.length();
            return new Folded(out.toString().strip(), origin);
        }

        int original(int foldedIndex) {
            return origin[Math.min(foldedIndex, text.length())];
        }
    }
}
