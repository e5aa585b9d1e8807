package org.liaisonhub.editorial.application;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Descriptions and summaries may carry simple formatting (bold, italics, paragraphs, lists, links). Everything
 * else — scripts, event handlers, styles, iframes, {@code javascript:} links — is removed by the OWASP Java
 * HTML Sanitizer, both when an editor saves and again when a page shows the text.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowStandardUrlProtocols()
                    .allowAttributes("href")
                    .onElements("a")
                    .requireRelNofollowOnLinks()
                    .toFactory());

    private RichText() {}

    /**
     * What is stored when an editor saves or an import brings rich text: text with markup goes through the policy;
     * text without any '<' has no element to remove and is kept as written (the policy would only entity-encode its
     * apostrophes and ampersands, which search and the JSON API would then carry). Pages sanitise again on display.
     */
    public static String forStorage(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return text;
        }
        return sanitize(text);
    }

    /** Safe HTML: only the allowed formatting survives; text is kept, markup around it may go. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return html == null ? null : "";
        }
        return POLICY.sanitize(html);
    }
}
