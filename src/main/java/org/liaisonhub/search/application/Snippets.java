package org.liaisonhub.search.application;

/** Short excerpts for result lists. */
final class Snippets {

    static final int LENGTH = 240;

    private Snippets() {}

    /** The text cut at a word boundary near {@link #LENGTH} characters, with an ellipsis when cut. */
    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', LENGTH);
        if (cut < LENGTH / 2) {
            cut = LENGTH;
        }
        // Never split a surrogate pair (emoji, rare CJK).
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        return flat.substring(0, cut).stripTrailing() + "…";
    }
}
