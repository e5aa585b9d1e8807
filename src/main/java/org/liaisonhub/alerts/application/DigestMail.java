package org.liaisonhub.alerts.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.liaisonhub.platform.Pages;

/**
 * The text of one saved search's digest e-mail, in the language its owner saved it in: a subject, one line and link
 * per alert (new or changed entry), and the unsubscribe link, which works without signing in. Plain text only: no
 * markup to sanitise, and every mail reader shows it.
 */
public record DigestMail(String to, String subject, String body, String unsubscribeUrl) {

    public static DigestMail of(
            String to,
            String searchName,
            String language,
            List<FeedAlert> alerts,
            String publicUrl,
            String unsubscribeToken) {
        ResourceBundle messages = ResourceBundle.getBundle(
                "i18n.messages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String unsubscribe = base + "/api/saved-searches/unsubscribe?token=" + unsubscribeToken;
        Locale locale = Locale.forLanguageTag(language);
        String subject = format(messages, "alerts.mail.subject", locale, searchName, alerts.size());
        StringBuilder body = new StringBuilder();
        body.append(format(messages, "alerts.mail.intro", locale, searchName, alerts.size()))
                .append("\n\n");
        for (FeedAlert alert : alerts) {
            body.append("- ")
                    .append(messages.getString(alert.newlyPublished() ? "alerts.mail.new" : "alerts.mail.changed"))
                    .append(": ")
                    .append(alert.title())
                    .append('\n')
                    .append("  ")
                    .append(base)
                    .append(Pages.detailOf(alert.type(), alert.key()))
                    .append('\n');
        }
        body.append('\n')
                .append(messages.getString("alerts.mail.unsubscribe"))
                .append('\n')
                .append(unsubscribe)
                .append('\n');
        return new DigestMail(to, subject, body.toString(), unsubscribe);
    }

    private static String format(ResourceBundle messages, String key, Locale locale, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }
}
