package org.liaisonhub.editorial.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.liaisonhub.editorial.application.RichText;

/**
 * {@code #{richTextFunctions.html(text)}}: descriptions and summaries as safe HTML for {@code escape="false"}.
 * Sanitised again at display time, so text that arrived by import (not through the editor forms) is just as safe.
 */
@Named
@ApplicationScoped
public class RichTextFunctions {

    public String html(String text) {
        return text == null ? "" : RichText.sanitize(text);
    }
}
