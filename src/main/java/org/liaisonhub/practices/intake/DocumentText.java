package org.liaisonhub.practices.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Text out of an uploaded questionnaire, in the one shape the parser reads: paragraphs separated by a blank
 * line, list items as "- ", bold as {@code **bold**}. Plain text and Markdown are taken as they are; DOCX
 * and PDF go through Apache Tika, whose XHTML output keeps paragraphs and (for DOCX) bold.
 */
public final class DocumentText {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    private static final Set<String> TEXT = Set.of("text/plain", "text/markdown", "text/x-web-markdown");

    private DocumentText() {
    }

    public static String extract(byte[] content, String fileName) {
        if (content.length == 0) {
            throw new UnreadableDocumentException("The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableDocumentException("The file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB.");
        }
        String type = new Tika().detect(content, fileName);
        if (TEXT.contains(type) || type.startsWith("text/")) {
            return withoutNul(utf8(content));
        }
        if (!DOCX.equals(type) && !PDF.equals(type)) {
            throw new UnreadableDocumentException("Liaison reads questionnaires as DOCX, PDF, plain text or "
                    + "Markdown; this file looks like " + type + ".");
        }
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        MarkdownHandler handler = new MarkdownHandler();
        try {
            new AutoDetectParser().parse(new ByteArrayInputStream(content), handler, metadata, new ParseContext());
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw new UnreadableDocumentException("The file could not be read as " + (PDF.equals(type) ? "PDF"
                    : "DOCX") + " (is it damaged or password-protected?).", e);
        }
        String text = handler.text();
        if (text.isBlank()) {
            throw new UnreadableDocumentException("The file contains no text (a scanned PDF needs OCR first).");
        }
        return withoutNul(text);
    }

    /** Extracted text may carry NUL characters, which no stored text may contain (PostgreSQL refuses them). */
    private static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("Text files must be UTF-8; save the file as UTF-8 and try again.");
        }
    }

    /** Tika's XHTML events → paragraphs, "- " list items and **bold**. */
    private static final class MarkdownHandler extends DefaultHandler {
        private final StringBuilder out = new StringBuilder();
        private int boldDepth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "div" -> paragraphBreak();
                case "li" -> {
                    paragraphBreak();
                    out.append("- ");
                }
                case "b", "strong" -> {
                    if (boldDepth++ == 0) {
                        out.append("**");
                    }
                }
                case "br" -> out.append('\n');
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div" -> paragraphBreak();
                case "b", "strong" -> {
                    if (--boldDepth == 0) {
                        out.append("**");
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            out.append(ch, start, length);
        }

        /** Tika reports line ends inside a paragraph (PDF) as ignorable white space; they separate words. */
        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            out.append(ch, start, length);
        }

        private void paragraphBreak() {
            int end = out.length();
            while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\n')) {
                end--;
            }
            out.setLength(end);
            if (end > 0) {
                out.append("\n\n");
            }
        }

        String text() {
            return out.toString().replace("****", "").strip() + "\n";
        }
    }
}
