package org.liaisonhub.search.application;

import java.io.Serializable;

/** One hit as the results list shows it; never an entity. */
public record SearchHit(String type, String key, String title, String snippet, String country, String url) implements Serializable {
}
