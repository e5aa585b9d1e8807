package org.liaisonhub.practices.intake;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;

/**
 * The text of a DOCX or PDF file through Apache Tika, as {@link MarkdownContentHandler} writes it down; given up
 * after a timeout or at a number of characters, and every way Tika can fail turned into a message for the editor.
 */
final class TikaText {

    /**
     * Parsing runs on this bounded pool so that it can be given up after the timeout; as many parses as there are
     * threads run at once, the others wait. An abandoned parse is interrupted and stops at its next SAX event.
     */
    private static final ThreadPoolExecutor PARSERS = parsers();

    private TikaText() {}

    private static ThreadPoolExecutor parsers() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(64), task -> {
                    Thread thread = new Thread(task, "liaison-document-text-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** {@code format} names the file's type in messages ("DOCX", "PDF"). */
    static String extract(byte[] content, String fileName, String format, int maxChars, Duration timeout) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        MarkdownContentHandler handler = new MarkdownContentHandler(maxChars);
        Future<?> parse;
        try {
            parse = PARSERS.submit(() -> {
                new AutoDetectParser().parse(new ByteArrayInputStream(content), handler, metadata, new ParseContext());
                return null;
            });
        } catch (RejectedExecutionException e) {
            throw new UnreadableDocumentException(
                    "The server is reading many documents right now; try again in a " + "minute.");
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
                throw UnreadableDocumentException.tooMuchText(maxChars);
            }
            Throwable cause = e.getCause();
            if (isZipBomb(cause)) {
                throw new UnreadableDocumentException(
                        "The file unpacks into far more data than it holds, as a "
                                + "\"zip bomb\" does; save the answer again as a plain DOCX, PDF or text file.",
                        cause);
            }
            throw new UnreadableDocumentException(
                    "The file could not be read as " + format + " (is it damaged or password-protected?).", cause);
        }
        String text = handler.text();
        if (text.isBlank()) {
            throw new UnreadableDocumentException("The file contains no text (a scanned PDF needs OCR first).");
        }
        return text;
    }

    /**
     * Apache POI ("Zip bomb detected") and Tika's SecureContentHandler ("Suspected zip bomb": far more text than
     * input bytes) refuse such files; they say so only in their messages.
     */
    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
