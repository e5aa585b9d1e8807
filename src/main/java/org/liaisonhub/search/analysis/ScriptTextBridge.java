package org.liaisonhub.search.analysis;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Passes a text to a language's copy of the combined text only when it has a letter of that language's script:
 * the query searches {@code text_ru} only for Cyrillic words, {@code text_zh} only for Han or kana (the
 * application's {@code QueryScripts}), so analysing Latin text into them would be work for no hit.
 */
public class ScriptTextBridge implements ValueBridge<String, String> {

    private final Set<UnicodeScript> scripts;

    public ScriptTextBridge(Set<UnicodeScript> scripts) {
        this.scripts = EnumSet.copyOf(scripts);
    }

    /** The scripts a language's copy is searched for, as the query side chooses them. */
    public static Set<UnicodeScript> scriptsOf(String language) {
        return switch (language) {
            case "ru" -> EnumSet.of(UnicodeScript.CYRILLIC);
            case "ar" -> EnumSet.of(UnicodeScript.ARABIC);
            case "zh" -> EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);
            default -> EnumSet.of(UnicodeScript.LATIN);
        };
    }

    @Override
    public String toIndexedValue(String text, ValueBridgeToIndexedValueContext context) {
        return text != null && hasScript(text, scripts) ? text : null;
    }

    static boolean hasScript(String text, Set<UnicodeScript> scripts) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) && scripts.contains(UnicodeScript.of(cp))) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    @Override
    public boolean isCompatibleWith(ValueBridge<?, ?> other) {
        return other instanceof ScriptTextBridge bridge && bridge.scripts.equals(scripts);
    }
}
