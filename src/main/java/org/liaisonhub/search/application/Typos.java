package org.liaisonhub.search.application;

/**
 * How many typos a query word may have: none below 4 characters, 1 up to 7, 2 from 8; none in a word with a digit
 * (reference numbers, "I-24/7", case codes are meant exactly: one digit off is another case).
 */
final class Typos {

    private Typos() {}

    static int maxEdits(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return 0;
        }
        int length = word.codePointCount(0, word.length());
        return length < 4 ? 0 : length < 8 ? 1 : 2;
    }

    /** Whether {@code a} and {@code b} are at most {@code max} edits (Levenshtein) apart. */
    static boolean within(String a, String b, int max) {
        return distance(a, b, max) <= max;
    }

    /** Levenshtein distance, or {@code max + 1} as soon as it is certainly larger than {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, current[j]);
            }
            if (best > max) {
                return max + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
