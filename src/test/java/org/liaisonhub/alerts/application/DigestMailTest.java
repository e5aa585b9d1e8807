package org.liaisonhub.alerts.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.EntryType;

class DigestMailTest {

    private static final List<FeedAlert> ALERTS = List.of(
            new FeedAlert(7, EntryType.CONTACT, "se-eio", "EIO desk Stockholm", true, Instant.EPOCH),
            new FeedAlert(8, EntryType.AUTHORITY, "br-mpf", "Ministério Público Federal", false, Instant.EPOCH));

    @Test
    void digest_listsEachAlertWithItsPage_andEndsWithTheUnsubscribeLink() {
        DigestMail mail = DigestMail.of(
                "maria@example.org", "EIO Sweden", "en", ALERTS, "https://liaison.example/", "ab".repeat(32));

        assertThat(mail.to()).isEqualTo("maria@example.org");
        assertThat(mail.subject()).isEqualTo("Liaison: 2 new or changed entries match \"EIO Sweden\"");
        assertThat(mail.body())
                .contains("- New: EIO desk Stockholm\n  https://liaison.example/directory/contact.xhtml?key=se-eio")
                .contains("- Changed: Ministério Público Federal\n"
                        + "  https://liaison.example/directory/authority.xhtml?key=br-mpf");
        assertThat(mail.unsubscribeUrl())
                .isEqualTo("https://liaison.example/api/saved-searches/unsubscribe?token=" + "ab".repeat(32));
        assertThat(mail.body()).endsWith(mail.unsubscribeUrl() + "\n");
    }

    @Test
    void digest_isWrittenInTheLanguageTheSearchWasSavedIn() {
        DigestMail french = DigestMail.of("m@example.org", "EIO", "fr", ALERTS, "https://l.example", "t");
        DigestMail arabic = DigestMail.of("m@example.org", "EIO", "ar", ALERTS, "https://l.example", "t");

        assertThat(french.subject()).startsWith("Liaison : 2 entrées");
        assertThat(french.body()).contains("- Nouvelle: EIO desk Stockholm").contains("ouvrez ce lien");
        assertThat(arabic.body()).contains("جديد").contains("الرابط");
    }
}
