package org.liaisonhub.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.liaisonhub.search.application.SearchHit;

class SearchCsvTest {

    private static String csv(List<SearchHit> hits) throws IOException {
        StringWriter out = new StringWriter();
        SearchCsv.write(hits, "https://liaison.example", out);
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))) {
            return parser.getRecords();
        }
    }

    @Test
    void export_startsWithTheUtf8ByteOrderMarkAndTheHeader() throws IOException {
        String csv = csv(List.of());

        assertThat(csv).startsWith("\uFEFFtype,key,title,country,summary,url");
    }

    @Test
    void cellsThatASpreadsheetWouldEvaluate_arePrefixedWithAnApostrophe() throws IOException {
        List<SearchHit> hits = List.of(
                new SearchHit("contact", "k1", "=HYPERLINK(\"http://evil\")", "+1 555", "SE"),
                new SearchHit("contact", "k2", "-2+3", "@SUM(A1)", "FR"),
                new SearchHit("authority", "k 3", "Åklagarmyndigheten, \"RMK\"", "plain; text\nnext line", "SE"));

        List<CSVRecord> records = parse(csv(hits));

        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("title")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(records.get(0).get("summary")).isEqualTo("'+1 555");
        assertThat(records.get(0).get("url")).isEqualTo("https://liaison.example/directory/contact.xhtml?key=k1");
        assertThat(records.get(1).get("title")).isEqualTo("'-2+3");
        assertThat(records.get(1).get("summary")).isEqualTo("'@SUM(A1)");
        assertThat(records.get(2).get("title"))
                .as("quotes and commas round-trip, no prefix")
                .isEqualTo("Åklagarmyndigheten, \"RMK\"");
        assertThat(records.get(2).get("summary")).isEqualTo("plain; text\nnext line");
        assertThat(records.get(2).get("url"))
                .as("the detail page, its key encoded")
                .isEqualTo("https://liaison.example/directory/authority.xhtml?key=k+3");
    }

    @Test
    void safe_leavesOrdinaryTextAlone() {
        assertThat(SearchCsv.safe("EIO desk")).isEqualTo("EIO desk");
        assertThat(SearchCsv.safe(null)).isEmpty();
        assertThat(SearchCsv.safe("\tcmd")).isEqualTo("'\tcmd");
    }
}
