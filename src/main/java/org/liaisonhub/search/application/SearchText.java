package org.liaisonhub.search.application;

/** Makes user-typed search text safe to analyse: no control or format characters, no lone surrogates. */
final class SearchText {

    private SearchText() {}

    /**
     * The text with control characters, format characters (RTL marks, zero-width joiners…) and unpaired
     * surrogates replaced by spaces, whitespace collapsed; never null.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            int type = Character.getType(c);
            boolean drop = Character.isSurrogate(c)
                    || type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE;
            out.append(drop || Character.isWhitespace(c) ? ' ' : c);
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
