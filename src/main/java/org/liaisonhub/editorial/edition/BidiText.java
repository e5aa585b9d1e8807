package org.liaisonhub.editorial.edition;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph as a PDF must draw it, which PDFBox leaves to its caller: PDFBox puts one glyph after the other, left to
 * right, exactly as given. ICU4J does the two jobs a text engine would. {@link #shape} gives Arabic letters their joined
 * forms (initial, medial, final, isolated; lam-alef ligatures) as Unicode presentation forms, which fonts such as
 * DejaVu Sans map to glyphs; {@link #of} runs the Unicode bidirectional algorithm over the whole paragraph, and
 * {@link #visual} puts one line of it in drawing order: right-to-left runs reversed, mirrored brackets, numbers and
 * Latin words inside Arabic kept left to right. Lines are cut in logical order first, then each is reordered (UAX #9,
 * rules L1–L4), so a wrapped right-to-left paragraph reads from its first line down.
 */
final class BidiText {

    private static final int SHAPING =
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK;
    /**
     * Combining marks (vowel signs, shadda) come before their letter in drawing order: fonts such as DejaVu Sans draw
     * an Arabic mark with no advance over the glyph that follows it on the left-to-right line.
     */
    private static final int REORDERING = Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS;

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF]");

    private final Bidi bidi;

    private BidiText(Bidi bidi) {
        this.bidi = bidi;
    }

    /**
     * {@code logical} with its Arabic letters in their joined forms, in logical order; other text unchanged. A word
     * whose joined forms the font lacks ({@code printable} says no) keeps its letters as written: unjoined, but not
     * question marks. Words are shaped one by one: letters never join across a space.
     */
    static String shape(String logical, IntPredicate printable) {
        if (!ARABIC.matcher(logical).find()) {
            return logical;
        }
        ArabicShaping shaping = new ArabicShaping(SHAPING);
        StringBuilder out = new StringBuilder(logical.length());
        Matcher word = WORD.matcher(logical);
        int last = 0;
        while (word.find()) {
            out.append(logical, last, word.start());
            String shaped = shape(shaping, word.group());
            boolean drawable =
                    shaped.codePoints().filter(BidiText::presentationForm).allMatch(printable);
            out.append(drawable ? shaped : word.group());
            last = word.end();
        }
        return out.append(logical, last, logical.length()).toString();
    }

    /**
     * ICU also turns vowel marks into their spacing presentation forms (U+FE70–FE7F, a mark on its own or on a
     * tatweel), which would push the letters apart: they go back to the combining marks, which the font draws over
     * their letter.
     */
    private static String shape(ArabicShaping shaping, String word) {
        String shaped;
        try {
            shaped = shaping.shape(word);
        } catch (ArabicShapingException e) {
            return word; // only raised for options that need room around the text, which LENGTH_GROW_SHRINK does not
        }
        StringBuilder out = new StringBuilder(shaped.length());
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        for (char c : shaped.toCharArray()) {
            String decomposition = c >= 0xFE70 && c <= 0xFE7F ? nfkd.getDecomposition(c) : null;
            out.append(decomposition == null ? c : decomposition.charAt(decomposition.length() - 1));
        }
        return out.toString();
    }

    /** Arabic presentation forms A and B: what {@link #shape} writes instead of the letters. */
    static boolean presentationForm(int codePoint) {
        return codePoint >= 0xFB50 && codePoint <= 0xFDFF || codePoint >= 0xFE70 && codePoint <= 0xFEFF;
    }

    /**
     * The paragraph's levels. Its base direction is that of its first strong character (an Arabic or Hebrew letter:
     * right to left), left to right when it has none, as in a browser with {@code dir="auto"}.
     */
    static BidiText of(String paragraph) {
        return new BidiText(new Bidi(paragraph, Bidi.LEVEL_DEFAULT_LTR));
    }

    /** Whether the paragraph reads from the right: its lines align right. */
    boolean rightToLeft() {
        return !bidi.baseIsLeftToRight();
    }

    /** The whole paragraph, in the order its glyphs are drawn from left to right. */
    String visual() {
        return visual(0, bidi.getLength());
    }

    /**
     * The line made of the paragraph's characters {@code start} to {@code end} (exclusive), in drawing order, without
     * the controls (ICU keeps the Arabic letter mark, which is one too).
     */
    String visual(int start, int end) {
        if (start == end) {
            return "";
        }
        StringBuilder drawn = new StringBuilder(end - start);
        bidi.setLine(start, end)
                .writeReordered(REORDERING)
                .codePoints()
                .filter(cp -> !control(cp))
                .forEach(drawn::appendCodePoint);
        return drawn.toString();
    }

    /** Characters that only steer the bidirectional algorithm (LRM, RLM, embeddings, isolates): never drawn. */
    static boolean control(int codePoint) {
        return UCharacter.hasBinaryProperty(codePoint, UProperty.BIDI_CONTROL);
    }
}
