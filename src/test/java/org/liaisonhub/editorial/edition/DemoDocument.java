package org.liaisonhub.editorial.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.ExchangeReader;

/** The demo data as an exchange document: every visibility level, many scripts, many countries and networks. */
final class DemoDocument {

    private DemoDocument() {}

    static ExchangeDocument read() {
        try (InputStream in = DemoDocument.class.getResourceAsStream("/demo/liaison-demo.json")) {
            return ExchangeReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
