package org.liaisonhub.alerts.rest;

import java.util.ResourceBundle;

/** The small page an unsubscribe link answers with, in the reader's language; every text escaped. */
final class UnsubscribePage {

    private UnsubscribePage() {}

    static String html(ResourceBundle messages, String sentence, String searchName) {
        String lang = messages.getLocale().getLanguage().isEmpty()
                ? "en"
                : messages.getLocale().getLanguage();
        String dir = "ar".equals(lang) ? "rtl" : "ltr";
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\" dir=\"" + dir + "\"><head><meta charset=\"UTF-8\">"
                + "<title>Liaison</title></head><body><main><h1>" + escape(messages.getString("alerts.title"))
                + "</h1><p>" + escape(sentence)
                + (searchName == null ? "" : " <strong>" + escape(searchName) + "</strong>")
                + "</p><p><a href=\"/\">Liaison</a></p></main></body></html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
