package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.Availability;
import org.liaisonhub.directory.domain.Channel;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.directory.domain.ContactContent;

class ContactFormTest {

    private static final ContactContent STORED = new ContactContent(
            "se-aklagarmyndigheten",
            "International desk",
            "Anna Svensson",
            "desk@example.org",
            "+46104435000",
            Set.of("sv", "en"),
            List.of(new Channel(ChannelType.SIENA, "se-desk")),
            Set.of(Competence.MLA),
            Set.of("EJN"),
            Visibility.MEMBERS,
            LocalDate.of(2025, 3, 1),
            Visibility.RESTRICTED);

    @Test
    void aStoredContactPoint_comesBackUnchanged_throughTheForm() {
        ContactForm form = new ContactForm();
        form.fill(STORED);

        assertThat(form.content()).isEqualTo(STORED);
        assertThat(form.type()).isEqualTo(EntryType.CONTACT);
        assertThat(form.getLanguages()).isEqualTo("en, sv");
    }

    @Test
    void whatTheFormDoesNotEdit_staysAsLoaded() {
        ContactForm form = new ContactForm();
        form.fill(STORED);
        form.setRole("Renamed desk");
        form.setLanguages("fr;\nde");

        ContactContent content = form.content();

        assertThat(content.role()).isEqualTo("Renamed desk");
        assertThat(content.languages()).containsExactlyInAnyOrder("fr", "de");
        assertThat(content.channels()).isEqualTo(STORED.channels());
        assertThat(content.competences()).isEqualTo(STORED.competences());
        assertThat(content.lastVerified()).isEqualTo(STORED.lastVerified());
        assertThat(content.personalDetailsVisibility()).isEqualTo(Visibility.RESTRICTED);
    }

    @Test
    void aNewContactPoint_startsFromTheAuthorityItWasOpenedWith_andHasNoChannels() {
        ContactForm form = ContactForm.forAuthority("se-aklagarmyndigheten");
        form.setRole("Desk");

        ContactContent content = form.content();

        assertThat(form.getAuthorityKey()).isEqualTo("se-aklagarmyndigheten");
        assertThat(content.authorityKey()).isEqualTo("se-aklagarmyndigheten");
        assertThat(content.channels()).isEmpty();
        assertThat(content.competences()).isEmpty();
        assertThat(content.languages()).isEmpty();
        assertThat(content.lastVerified()).isNull();
        assertThat(content.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(content.personalDetailsVisibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void badEmailPhoneAndLanguage_arePassedOnAsTyped_forTheServiceToRefuse() {
        ContactForm form = new ContactForm();
        form.fill(STORED);
        form.setEmail("not-an-address");
        form.setPhone("12 x");
        form.setLanguages("en, english");

        ContactContent content = form.content();

        assertThat(content.email()).isEqualTo("not-an-address");
        assertThat(content.phone()).isEqualTo("12 x");
        assertThat(content.languages()).containsExactlyInAnyOrder("en", "english");
    }

    @Test
    void rebase_keepsTheTypedFields_andCarriesTheNewBasesChannels() {
        ContactForm form = new ContactForm();
        form.fill(STORED);
        form.setEmail("typed@example.org");
        ContactContent theirs = new ContactContent(
                "se-aklagarmyndigheten",
                "Desk",
                null,
                "desk@example.org",
                null,
                Set.of(),
                List.of(new Channel(ChannelType.PHONE, "+46104435000")),
                Set.of(),
                Set.of(),
                Visibility.PUBLIC,
                null,
                null);

        form.rebase(theirs);

        assertThat(form.content().email()).isEqualTo("typed@example.org");
        assertThat(form.content().channels()).isEqualTo(theirs.channels());
        assertThat(form.base()).isSameAs(theirs);
    }

    @Test
    void availability_isEditedInThreeFields_andComesBackUnchanged() {
        ContactForm form = new ContactForm();
        form.fill(STORED.withAvailability(Availability.of(true, "Mon-Fri 08:00-16:30", "Europe/Stockholm")));

        assertThat(form.isAroundTheClock()).isTrue();
        assertThat(form.getOfficeHours()).isEqualTo("Mon-Fri 08:00-16:30");
        assertThat(form.getTimeZone()).isEqualTo("Europe/Stockholm");
        assertThat(form.content().availability())
                .isEqualTo(Availability.of(true, "Mon-Fri 08:00-16:30", "Europe/Stockholm"));

        form.setAroundTheClock(false);
        form.setOfficeHours("  ");
        form.setTimeZone("");
        assertThat(form.content().availability())
                .as("cleared: answers when its authority does")
                .isSameAs(Availability.NONE);
    }
}
