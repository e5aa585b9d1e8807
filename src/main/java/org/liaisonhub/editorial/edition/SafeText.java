package org.liaisonhub.editorial.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text a PDF font can show: control characters and runs of white space become one space, characters without a glyph
 * "?"; wrapping by width. The characters that steer the bidirectional algorithm stay for {@link BidiText}, which
 * removes them, and measure nothing.
 */
final class SafeText {

    /** Characters {@code start} to {@code end} (exclusive) of a text: one line of it. */
    record Span(int start, int end) {}

    final PDFont font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    SafeText(PDFont font) {
        this.font = font;
    }

    String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.strip().codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (BidiText.control(cp) || printable(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    boolean printable(int codePoint) {
        return known.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    /**
     * The lines of a {@link #safe} text no wider than {@code width} points at this size, broken at spaces (a word
     * longer than a line is cut), as spans of the text: a right-to-left line is reordered only once it is cut.
     */
    List<Span> wrap(String text, float size, float width) {
        List<Span> lines = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int at = 0; at < text.length(); ) {
            if (text.charAt(at) == ' ') {
                at++;
                continue;
            }
            int wordEnd = text.indexOf(' ', at);
            wordEnd = wordEnd < 0 ? text.length() : wordEnd;
            if (start >= 0 && width(text.substring(start, wordEnd), size) <= width) {
                end = wordEnd;
            } else {
                if (start >= 0) {
                    lines.add(new Span(start, end));
                }
                start = at;
                while (width(text.substring(start, wordEnd), size) > width && wordEnd - start > 1) {
                    int cut = wordEnd - 1;
                    while (cut > start + 1 && width(text.substring(start, cut), size) > width) {
                        cut--;
                    }
                    lines.add(new Span(start, cut));
                    start = cut;
                }
                end = wordEnd;
            }
            at = wordEnd;
        }
        if (start >= 0) {
            lines.add(new Span(start, end));
        }
        return lines;
    }

    /** The width in points at {@code size}; the bidirectional algorithm's controls take no room. */
    float width(String text, float size) {
        StringBuilder drawn = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !BidiText.control(cp)).forEach(drawn::appendCodePoint);
        try {
            return font.getStringWidth(drawn.toString()) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
