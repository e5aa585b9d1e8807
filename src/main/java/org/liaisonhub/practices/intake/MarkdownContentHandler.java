package org.liaisonhub.practices.intake;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tika's XHTML events written down as the parser reads text: paragraphs and headings separated by a blank line,
 * list items as "- ", bold as {@code **bold**}. It stops the parse (a {@link SAXException}) at a number of
 * characters, or when the thread running it is interrupted because the parse was given up.
 */
final class MarkdownContentHandler extends DefaultHandler {

    private final StringBuilder out = new StringBuilder();
    private final int maxChars;
    private volatile boolean limitReached;
    private int boldDepth;

    MarkdownContentHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Whether the parse was stopped because the text reached its limit. */
    boolean limitReached() {
        return limitReached;
    }

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
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
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
            default -> {}
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
            default -> {}
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

    /** The text so far; bold that closes and opens again at once ("****") is one run of bold. */
    String text() {
        return out.toString().replace("****", "").strip() + "\n";
    }
}
