package org.liaisonhub.search.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaisonhub.platform.Pages;
import org.liaisonhub.search.application.SearchHit;

/**
 * Search hits as CSV for spreadsheets: RFC 4180 quoting by Apache Commons CSV, a UTF-8 byte order mark so
 * Excel reads accents right, and cells that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or carriage return) prefixed with an apostrophe (OWASP "CSV injection"). Each hit's address is its detail
 * page under {@code baseUrl}.
 */
public final class SearchCsv {

    public static final String BOM = "\uFEFF";
    public static final List<String> HEADER = List.of("type", "key", "title", "country", "summary", "url");

    private SearchCsv() {}

    public static void write(List<SearchHit> hits, String baseUrl, Writer out) throws IOException {
        out.write(BOM);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (SearchHit hit : hits) {
                printer.printRecord(
                        safe(hit.type()),
                        safe(hit.key()),
                        safe(hit.title()),
                        safe(hit.country()),
                        safe(hit.plainSnippet()),
                        safe(baseUrl + Pages.detailOf(hit.type(), hit.key())));
            }
        }
    }

    /** A cell a spreadsheet shows as text, never evaluates. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
