package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.liaisonhub.search.analysis.LiaisonSearchMapping;
import org.liaisonhub.search.analysis.LuceneAnalyzerChains;

/** The term-dictionary look-up on a small index written with the real analyzers, as the backend writes it. */
class SpellingTest {

    private final Directory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;

    @BeforeEach
    void index() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(LuceneAnalyzerChains.get(LiaisonAnalyzers.SUGGEST_QUERY));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            writer.addDocument(entry("Threema", "Encrypted messenger used by liaison officers"));
            writer.addDocument(entry("Åklagarmyndigheten", "Swedish prosecution authority, mutual legal assistance"));
            writer.addDocument(entry("Asset Recovery Office", "Tracing and recovery of criminal assets"));
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static Document entry(String title, String text) {
        Document document = new Document();
        document.add(new TextField(
                "title", LuceneAnalyzerChains.get(LiaisonAnalyzers.NAME).tokenStream("title", title)));
        document.add(new TextField(LiaisonSearchMapping.WORDS, title + " " + text, Field.Store.NO));
        return document;
    }

    private Spelling lookedUp(String text) throws IOException {
        Spelling spelling = new Spelling(CatalogSearchService.words(text));
        spelling.lookUp(reader);
        return spelling;
    }

    @Test
    void wordsTheIndexHas_areNoTypos() throws IOException {
        Spelling spelling = lookedUp("threema messenger aklagarmyndigheten");
        assertThat(spelling.lookedUp()).isTrue();
        assertThat(spelling.unknownWords()).isEmpty();
        assertThat(spelling.corrected()).isEmpty();
    }

    @Test
    void unknownWord_isCorrectedToTheClosestKnownWord() throws IOException {
        Spelling spelling = lookedUp("Threma messenger");
        assertThat(spelling.unknownWords()).containsExactly("threma");
        assertThat(spelling.corrected()).contains("threema messenger");
    }

    @Test
    void wordsWithDigits_areNeverTyposNorCorrected() throws IOException {
        Spelling spelling = lookedUp("i247 threema");
        assertThat(spelling.unknownWords()).isEmpty();
    }

    @Test
    void unknownWordWithNothingClose_isLeftAsTyped() throws IOException {
        Spelling spelling = lookedUp("zzyzx recovery");
        assertThat(spelling.unknownWords()).containsExactly("zzyzx");
        assertThat(spelling.corrected()).isEmpty();
    }

    @Test
    void fuzzyClauses_matchTheMisspeltWordWithEdits_andThereAreNoneForKnownWords() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs typo = searcher.search(lookedUp("threma").fuzzyClauses(0.15f), 10);
        assertThat(typo.totalHits.value).isEqualTo(1);
        assertThat(lookedUp("threema recovery").fuzzyClauses(0.15f)).isNull();
        assertThat(lookedUp("zzy").fuzzyClauses(0.15f))
                .as("too short for a typo")
                .isNull();
    }

    @Test
    void typoMatches_areTheKnownWordsWithinTheAllowance_withTheSameFirstLetter() throws IOException {
        // "recovary" (8 letters) may have two edits: "recovery"; "asets" (5) one: "assets", not "aset"-less words.
        assertThat(lookedUp("recovary asets").typoMatches()).containsExactlyInAnyOrder("recovery", "assets");
        // "hreema" is one edit from "threema", but the first letter differs (as FuzzyQuery's prefix of one).
        assertThat(lookedUp("hreema").typoMatches()).isEmpty();
        assertThat(lookedUp("threema").typoMatches())
                .as("a known word has no typo matches")
                .isEmpty();
        assertThat(new Spelling(List.of("threma")).typoMatches())
                .as("not looked up")
                .isNull();
    }

    @Test
    void beforeTheSearch_nothingIsKnown() {
        Spelling spelling = new Spelling(List.of("threma"));
        assertThat(spelling.lookedUp()).isFalse();
        assertThat(spelling.unknownWords()).isEmpty();
        assertThat(spelling.corrected()).isEmpty();
        assertThat(spelling.fuzzyClauses(0.15f)).isNull();
    }

    @Test
    void theCorrectionKeepsWhatWasTyped_andTheTypedCase() throws IOException {
        assertThat(lookedUp("Threma messenger").corrected("Threma messenger")).contains("Threema messenger");
        assertThat(lookedUp("THREMA").corrected("THREMA")).contains("THREEMA");
        assertThat(lookedUp("threma, Åklagarmyndigheten!").corrected("threma, Åklagarmyndigheten!"))
                .contains("threema, Åklagarmyndigheten!");
        assertThat(lookedUp("messenger").corrected("messenger")).isEmpty();
    }

    @Test
    void caseOfTheTypedWord() {
        assertThat(Spelling.inCaseOf("Tremma", "threema")).isEqualTo("Threema");
        assertThat(Spelling.inCaseOf("TREMMA", "threema")).isEqualTo("THREEMA");
        assertThat(Spelling.inCaseOf("tremma", "threema")).isEqualTo("threema");
        assertThat(Spelling.inCaseOf("A", "ab")).isEqualTo("Ab");
        assertThat(Spelling.inCaseOf("Ölgr", "ölgra")).isEqualTo("Ölgra");
    }

    @Test
    void onlyTheEmbeddedLuceneBackendIsLookedUp_andTheQuestionNeedsNoneOfItsClasses() {
        assertThat(Spelling.embeddedLucene(mappingOn(Backend.class))).isFalse();
        assertThat(Spelling.embeddedLucene(mappingOn(LuceneBackend.class))).isTrue();
    }

    @Test
    void wordsNotLookedUp_countAsKnown_andGetNoCorrection() {
        Spelling spelling = Spelling.notLookedUp(List.of("threma"));
        assertThat(spelling.lookedUp()).isFalse();
        assertThat(spelling.unknownWords()).isEmpty();
        assertThat(spelling.corrected()).isEmpty();
    }

    /** A search mapping whose backend is a bare instance of {@code backendType}, as the server's would be. */
    private static SearchMapping mappingOn(Class<? extends Backend> backendType) {
        Object backend = Proxy.newProxyInstance(
                backendType.getClassLoader(), new Class<?>[] {backendType}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        return (SearchMapping) Proxy.newProxyInstance(
                SearchMapping.class.getClassLoader(), new Class<?>[] {SearchMapping.class}, (proxy, method, args) -> {
                    if (method.getName().equals("backend") && method.getParameterCount() == 0) {
                        return backend;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
