package org.liaisonhub.practices.intake;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A text as the parser compares it with the questionnaire's wording: lower case, accents, markup ({@code *}) and
 * superscripts (footnote marks) dropped, all white space one space. It remembers where each of its characters came
 * from, so that a prompt found in the folded text can be cut out of the original one.
 */
final class FoldedText {

    private final String text;
    private final int[] origin;

    private FoldedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    static FoldedText of(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int[] origin = new int[source.length() * 2 + 1];
        boolean space = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '*'
                    || Character.getType(c) == Character.OTHER_NUMBER
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (!space) {
                    origin[out.length()] = i;
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            for (char d : decomposed.toCharArray()) {
                origin[out.length()] = i;
                out.append(d);
            }
            space = false;
        }
        origin[out.length()] = source.length();
        return new FoldedText(out.toString().strip(), origin);
    }

    /** The folded form of a text, when where its characters came from does not matter. */
    static String fold(String text) {
        return of(text).text;
    }

    String text() {
        return text;
    }

    /** Where the character at {@code foldedIndex} (or the end of the folded text) stands in the original text. */
    int original(int foldedIndex) {
        return origin[Math.min(foldedIndex, text.length())];
    }
}
