package org.liaisonhub.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryScriptsTest {

    @Test
    void latinLetters_searchTheLatinScriptLanguages() {
        assertEquals(List.of("fr", "es", "pt", "de", "sv"), QueryScripts.languages("Åklagarmyndigheten EIO"));
    }

    @Test
    void otherScripts_searchTheirOwnLanguageOnly() {
        assertEquals(List.of("ru"), QueryScripts.languages("прокуратуры"));
        assertEquals(List.of("ar"), QueryScripts.languages("النيابة العامة"));
        assertEquals(List.of("zh"), QueryScripts.languages("检察院"));
    }

    @Test
    void mixedScripts_searchEachScriptsLanguages() {
        assertEquals(List.of("fr", "es", "pt", "de", "sv", "ru", "zh"), QueryScripts.languages("MLA прокуратура 检察院"));
    }

    @Test
    void digitsAndPunctuationOnly_searchNoLanguageCopy() {
        assertEquals(List.of(), QueryScripts.languages("2023 / 24-7"));
    }
}
