package org.liaisonhub.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTextBridgeTest {

    private final ScriptTextBridge russian = new ScriptTextBridge(ScriptTextBridge.scriptsOf("ru"));
    private final ScriptTextBridge chinese = new ScriptTextBridge(ScriptTextBridge.scriptsOf("zh"));
    private final ScriptTextBridge french = new ScriptTextBridge(ScriptTextBridge.scriptsOf("fr"));

    @Test
    void aLanguageCopy_getsOnlyTextsWrittenInItsScript() {
        assertThat(russian.toIndexedValue("Генеральная прокуратура", null)).isEqualTo("Генеральная прокуратура");
        assertThat(russian.toIndexedValue("Prosecutor General's Office", null)).isNull();
        assertThat(chinese.toIndexedValue("司法协助 (MLA)", null)).isEqualTo("司法协助 (MLA)");
        assertThat(chinese.toIndexedValue("Asset recovery 24/7", null)).isNull();
        assertThat(french.toIndexedValue("Entraide judiciaire", null)).isEqualTo("Entraide judiciaire");
        assertThat(french.toIndexedValue("Бюро", null)).isNull();
    }

    @Test
    void digitsAndPunctuationAlone_areNoScript() {
        assertThat(french.toIndexedValue("24/7 - 112", null)).isNull();
        assertThat(french.toIndexedValue(null, null)).isNull();
    }
}
