package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.search.analysis.LiaisonSearchMapping;

class TextQueryTest {

    @Test
    void minimumWords_allButOneUpToFive_thenThreeInFive() {
        assertThat(TextQuery.minimumWords(3)).isEqualTo(2);
        assertThat(TextQuery.minimumWords(5)).isEqualTo(4);
        assertThat(TextQuery.minimumWords(10)).isEqualTo(6);
        assertThat(TextQuery.minimumWords(32)).isEqualTo(20);
    }

    @Test
    void alternatives_becomeOneQueryString_phrasesQuoted() {
        assertThat(TextQuery.anyOf(List.of("mutual legal assistance", "mla")))
                .isEqualTo("\"mutual legal assistance\" | mla");
        assertThat(TextQuery.eachAllWords(List.of("mutual legal assistance brazil", "mla brazil")))
                .isEqualTo("(mutual legal assistance brazil) | (mla brazil)");
    }

    @Test
    void plan_expandsSynonymsOnce_andKnowsPlainWordsFromSyntax() throws Exception {
        Synonyms synonyms = Synonyms.parse(new StringReader("mla, mutual legal assistance\n"));
        TextQuery.Plan plan = TextQuery.Plan.of("MLA Brazil", synonyms);
        assertThat(plan.words()).containsExactly("mla", "brazil");
        assertThat(plan.alternatives()).containsExactly("mutual legal assistance");
        assertThat(plan.variants()).containsExactly("mutual legal assistance brazil");
        assertThat(plan.languages()).contains("fr", "es").doesNotContain("ru", "zh");
        assertThat(plan.plainWords()).isTrue();
        assertThat(TextQuery.Plan.of("\"asset recovery\" -europol", synonyms).plainWords())
                .isFalse();
    }

    @Test
    void emptyText_hasNoWordsAndNoSynonyms() throws Exception {
        TextQuery.Plan plan = TextQuery.Plan.of("", Synonyms.parse(new StringReader("mla, mutual legal assistance\n")));
        assertThat(plan.words()).isEmpty();
        assertThat(plan.alternatives()).isEmpty();
    }

    @Test
    void namesCarryTheWeights_theCombinedTextIsOneField() {
        assertThat(TextQuery.FIELDS).containsKey(LiaisonSearchMapping.TEXT);
        assertThat(TextQuery.FIELDS.get("title")).isGreaterThan(TextQuery.FIELDS.get(LiaisonSearchMapping.TEXT));
        assertThat(TextQuery.FIELDS.keySet()).noneMatch(f -> f.startsWith("summary") || f.startsWith("body"));
    }

    @Test
    void synonymFields_areWeightedFields_withoutTheExactCopies() {
        assertThat(TextQuery.FIELDS.keySet()).containsAll(TextQuery.SYNONYM_FIELDS);
        assertThat(TextQuery.SYNONYM_FIELDS)
                .contains(LiaisonSearchMapping.TEXT, "title", "country_text")
                .noneMatch(f -> f.endsWith("_exact"));
        assertThat(TextQuery.SYNONYM_FIELDS.size()).isLessThan(TextQuery.FIELDS.size());
    }
}
