package org.liaisonhub.practices.intake;

import java.time.Duration;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Text out of an uploaded questionnaire, in the one shape the parser reads: paragraphs separated by a blank
 * line, list items as "- ", bold as {@code **bold**}. This class checks the file and picks the reader by the type
 * Tika detects: plain text and Markdown are taken as they are ({@link PlainText}); DOCX and PDF go through Apache
 * Tika ({@link TikaText}), whose XHTML output keeps paragraphs and (for DOCX) bold.
 * <p>
 * A small file can unpack into a great deal of text (a DOCX is a zip), and a crafted PDF can keep a parser busy:
 * extraction stops at {@link #MAX_TEXT_CHARS} characters and after {@link #PARSE_TIMEOUT}, with a message that
 * says so. Apache POI and Tika refuse, on their own, files that inflate far beyond their size ("zip bomb").
 */
public final class DocumentText {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** A questionnaire answer is a few thousand words; this is several hundred pages of text. */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    public static final Duration PARSE_TIMEOUT = Duration.ofSeconds(30);
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    private static final Set<String> TEXT = Set.of("text/plain", "text/markdown", "text/x-web-markdown");

    private DocumentText() {}

    public static String extract(byte[] content, String fileName) {
        return extract(content, fileName, MAX_TEXT_CHARS, PARSE_TIMEOUT);
    }

    /** With other limits, for tests. */
    static String extract(byte[] content, String fileName, int maxChars, Duration timeout) {
        if (content.length == 0) {
            throw new UnreadableDocumentException("The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableDocumentException("The file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB.");
        }
        String type = new Tika().detect(content, fileName);
        if (TEXT.contains(type) || type.startsWith("text/")) {
            return withoutNul(PlainText.read(content, maxChars));
        }
        if (!DOCX.equals(type) && !PDF.equals(type)) {
            throw new UnreadableDocumentException("Liaison reads questionnaires as DOCX, PDF, plain text or "
                    + "Markdown; this file looks like " + type + ".");
        }
        return withoutNul(TikaText.extract(content, fileName, PDF.equals(type) ? "PDF" : "DOCX", maxChars, timeout));
    }

    /** Extracted text may carry NUL characters, which no stored text may contain (PostgreSQL refuses them). */
    private static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }
}
