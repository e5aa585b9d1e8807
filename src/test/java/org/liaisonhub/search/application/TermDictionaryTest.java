package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.liaisonhub.search.analysis.LiaisonSearchMapping;
import org.liaisonhub.search.analysis.LuceneAnalyzerChains;

/** The term dictionary's answers on a small index written with the folding analyzer. */
class TermDictionaryTest {

    private static DirectoryReader index(String... texts) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(
                directory, new IndexWriterConfig(LuceneAnalyzerChains.get(LiaisonAnalyzers.SUGGEST_QUERY)))) {
            for (String text : texts) {
                Document document = new Document();
                document.add(new TextField(LiaisonSearchMapping.WORDS, text, Field.Store.NO));
                writer.addDocument(document);
            }
        }
        return DirectoryReader.open(directory);
    }

    @Test
    void knownWords_andCodes_areKnown_othersNot() throws IOException {
        try (DirectoryReader reader = index("Extradition requests", "Asset recovery")) {
            assertThat(TermDictionary.known(reader, "extradition")).isTrue();
            assertThat(TermDictionary.known(reader, "i247"))
                    .as("a code is never a typo")
                    .isTrue();
            assertThat(TermDictionary.known(reader, "extradtion")).isFalse();
        }
    }

    @Test
    void closest_isTheNearestKnownWord_andTheCandidatesAreTheMostFrequentFirst() throws IOException {
        try (DirectoryReader reader = index("recovery", "recovery office", "recover assets", "discovery")) {
            List<TermDictionary.Candidate> within = new ArrayList<>();
            assertThat(TermDictionary.closest(reader, "recovary", within)).isEqualTo("recovery");
            // 8 letters: two edits allowed; "discovery" starts with another letter.
            assertThat(within).extracting(TermDictionary.Candidate::term).containsExactly("recovery", "recover");
            assertThat(within.get(0).frequency()).isEqualTo(2);
            assertThat(within.get(0).edits()).isEqualTo(1);
        }
    }

    @Test
    void nothingClose_leavesTheWordAsItIs() throws IOException {
        try (DirectoryReader reader = index("recovery")) {
            List<TermDictionary.Candidate> within = new ArrayList<>();
            assertThat(TermDictionary.closest(reader, "zzyzx", within)).isEqualTo("zzyzx");
            assertThat(within).isEmpty();
        }
    }
}
