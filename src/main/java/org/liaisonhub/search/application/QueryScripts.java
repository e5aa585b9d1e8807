package org.liaisonhub.search.application;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which language copies of the text fields a query can match, from the scripts its letters are written in:
 * Latin letters the Latin-script languages, Cyrillic Russian, Arabic Arabic, Han (and kana) Chinese. English
 * lives on the fields themselves and is always searched.
 */
final class QueryScripts {

    private static final List<String> LATIN = List.of("fr", "es", "pt", "de", "sv");

    private QueryScripts() {}

    /** The language copies to search for {@code text}, in the order of {@code LiaisonAnalyzers.LANGUAGES}. */
    static List<String> languages(String text) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(UnicodeScript.of(cp)));
        List<String> out = new ArrayList<>();
        if (scripts.contains(UnicodeScript.LATIN)) {
            out.addAll(LATIN);
        }
        if (scripts.contains(UnicodeScript.CYRILLIC)) {
            out.add("ru");
        }
        if (scripts.contains(UnicodeScript.ARABIC)) {
            out.add("ar");
        }
        if (scripts.contains(UnicodeScript.HAN)
                || scripts.contains(UnicodeScript.HIRAGANA)
                || scripts.contains(UnicodeScript.KATAKANA)) {
            out.add("zh");
        }
        return out;
    }
}
