package org.liaisonhub.practices.intake;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.Tika;
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

    private DocumentText() {
    }

    /**
     * Parsing runs on this bounded pool so that it can be given up after the timeout; as many parses as there are
     * threads run at once, the others wait. An abandoned parse is interrupted and stops at its next SAX event.
     */
    private static final ThreadPoolExecutor PARSERS = parsers();

    private static ThreadPoolExecutor parsers() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(64),
                task -> {
                    Thread thread = new Thread(task, "liaison-document-text-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

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
            String text = utf8(content);
            if (text.length() > maxChars) {
                throw tooLong(maxChars);
            }
            return withoutNul(text);
        }
        if (!DOCX.equals(type) && !PDF.equals(type)) {
            throw new UnreadableDocumentException("Liaison reads questionnaires as DOCX, PDF, plain text or "
                    + "Markdown; this file looks like " + type + ".");
        }
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        MarkdownHandler handler = new MarkdownHandler(maxChars);
        Future<?> parse;
        try {
            parse = PARSERS.submit(() -> {
                new AutoDetectParser().parse(new ByteArrayInputStream(content), handler, metadata, new ParseContext());
                return null;
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new UnreadableDocumentException("The server is reading many documents right now; try again in a "
                    + "minute.");
        }
        try {
            parse.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new UnreadableDocumentException("Reading the file took longer than " + timeout.toSeconds()
                    + " seconds, so it was given up. Save it again as a simpler DOCX or PDF, or as plain text.");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("Reading the file was interrupted.");
        } catch (ExecutionException e) {
            if (handler.limitReached()) {
                throw tooLong(maxChars);
            }
            Throwable cause = e.getCause();
            if (isZipBomb(cause)) {
                throw new UnreadableDocumentException("The file unpacks into far more data than it holds, as a "
                        + "\"zip bomb\" does; save the answer again as a plain DOCX, PDF or text file.", cause);
            }
            throw new UnreadableDocumentException("The file could not be read as " + (PDF.equals(type) ? "PDF"
                    : "DOCX") + " (is it damaged or password-protected?).", cause);
        }
        String text = handler.text();
        if (text.isBlank()) {
            throw new UnreadableDocumentException("The file contains no text (a scanned PDF needs OCR first).");
        }
        return withoutNul(text);
    }

    /**
     * Apache POI ("Zip bomb detected") and Tika's SecureContentHandler ("Suspected zip bomb": far more text than
     * input bytes) refuse such files; they say so only in their messages.
     */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static UnreadableDocumentException tooLong(int maxChars) {
        return new UnreadableDocumentException("The file holds more than " + String.format(java.util.Locale.ROOT,
                "%,d", maxChars) + " characters of text, more than any questionnaire answer; only the answer "
                + "belongs in the file.");
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
        private final int maxChars;
        private volatile boolean limitReached;
        private int boldDepth;

        MarkdownHandler(int maxChars) {
            this.maxChars = maxChars;
        }

        boolean limitReached() {
            return limitReached;
        }

        /** Stops the parser: at the text limit, or when the parse was given up (timeout). */
        private void checkLimits(int adding) throws SAXException {
            if (out.length() + adding > maxChars) {
                limitReached = true;
                throw new SAXException("Text limit of " + maxChars + " characters reached");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new SAXException("Parsing was given up");
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            checkLimits(4);
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
        public void characters(char[] ch, int start, int length) throws SAXException {
            checkLimits(length);
            out.append(ch, start, length);
        }

        /** Tika reports line ends inside a paragraph (PDF) as ignorable white space; they separate words. */
        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            checkLimits(length);
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
