package org.liaisonhub.search.application;

import java.io.Serializable;

/**
 * One hit as the results list shows it; never an entity. {@code snippet} is HTML: the text escaped, the words
 * the query matched in {@code <mark>}; {@link #plainSnippet()} is the same text without markup. The page a hit
 * links to is the web and REST layers' business ({@code platform.Pages}), from its type and key.
 */
public record SearchHit(String type, String key, String title, String snippet, String country) implements Serializable {

    public String plainSnippet() {
        return Highlights.plain(snippet);
    }
}
