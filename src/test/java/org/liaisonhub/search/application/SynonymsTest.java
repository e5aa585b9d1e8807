package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated synonym list, applied to queries. */
class SynonymsTest {

    private final Synonyms shipped = Synonyms.load();

    @Test
    void acronym_expandsToItsWords() {
        assertThat(shipped.alternatives("MLA")).contains("mutual legal assistance", "entraide judiciaire");
        assertThat(shipped.alternatives("EIO")).contains("european investigation order");
        assertThat(shipped.alternatives("FIU")).contains("financial intelligence unit");
        assertThat(shipped.alternatives("JIT")).contains("joint investigation team");
        assertThat(shipped.alternatives("AR")).contains("asset recovery");
    }

    @Test
    void words_contractToTheAcronym_inAnyCaseAndWithoutAccents() {
        assertThat(shipped.alternatives("Mutual Legal Assistance")).contains("mla");
        assertThat(shipped.alternatives("entraide judiciaire")).contains("mutual legal assistance");
        assertThat(shipped.alternatives("Europaische Ermittlungsanordnung")).contains("eio");
    }

    @Test
    void partOfAQuery_expandsThatPartOnly() {
        assertThat(shipped.alternatives("MLA Brazil"))
                .contains("mutual legal assistance")
                .doesNotContain("mla", "brazil");
    }

    @Test
    void variants_sayTheWholeQueryOtherwise() {
        assertThat(shipped.variants("MLA Brazil"))
                .contains("mutual legal assistance brazil", "entraide judiciaire brazil");
        assertThat(shipped.variants("Threema Brazil")).isEmpty();
    }

    @Test
    void unknownWords_haveNoAlternatives() {
        assertThat(shipped.alternatives("Threema")).isEmpty();
        assertThat(shipped.alternatives("")).isEmpty();
    }

    @Test
    void operatorsFile_replacesTheShippedList(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("synonyms.txt");
        Files.writeString(file, "# ours\nzebra, okapi\n");
        String before = System.getProperty(Synonyms.PROPERTY);
        System.setProperty(Synonyms.PROPERTY, file.toString());
        try {
            Synonyms theirs = Synonyms.load();
            assertThat(theirs.alternatives("zebra")).containsExactly("okapi");
            assertThat(theirs.alternatives("MLA")).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(Synonyms.PROPERTY);
            } else {
                System.setProperty(Synonyms.PROPERTY, before);
            }
        }
    }

    @Test
    void parse_readsSolrFormat() throws IOException {
        Synonyms list = Synonyms.parse(new StringReader("aro, asset recovery office\n"));
        assertThat(list.alternatives("ARO")).containsExactly("asset recovery office");
    }
}
