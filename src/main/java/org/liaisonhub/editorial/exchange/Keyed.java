package org.liaisonhub.editorial.exchange;

/** An entry's content together with its upsert key. */
public record Keyed<T>(String key, T content) {
}
