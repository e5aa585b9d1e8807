package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.directory.domain.Availability;

class AuthorityFormTest {

    private static final AuthorityContent STORED = new AuthorityContent(
            "Swedish Prosecution Authority",
            "Åklagarmyndigheten",
            "SE",
            AuthorityKind.PROSECUTION,
            "https://www.aklagare.se/",
            "<p>National prosecution</p>",
            Set.of("EJN", "Eurojust"),
            Set.of(Competence.MLA, Competence.EIO),
            Visibility.MEMBERS);

    @Test
    void aStoredAuthority_comesBackUnchanged_throughTheForm() {
        AuthorityForm form = new AuthorityForm();
        form.fill(STORED);

        assertThat(form.content()).isEqualTo(STORED);
        assertThat(form.base()).isSameAs(STORED);
        assertThat(form.type()).isEqualTo(EntryType.AUTHORITY);
    }

    @Test
    void theFieldsShowTheContentAsText() {
        AuthorityForm form = new AuthorityForm();
        form.fill(STORED);

        assertThat(form.getKind()).isEqualTo("PROSECUTION");
        assertThat(form.getNetworks()).isEqualTo("EJN, Eurojust");
        assertThat(form.getVisibility()).isEqualTo("MEMBERS");
    }

    @Test
    void whatTheEditorTypes_becomesTheContent_competencesStayAsLoaded() {
        AuthorityForm form = new AuthorityForm();
        form.fill(STORED);
        form.setName("Renamed");
        form.setCountry(" de");
        form.setNetworks("CARIN; EJN");
        form.setKind("POLICE");
        form.setVisibility("PUBLIC");

        AuthorityContent content = form.content();

        assertThat(content.name()).isEqualTo("Renamed");
        assertThat(content.country()).isEqualTo("DE");
        assertThat(content.networks()).containsExactlyInAnyOrder("CARIN", "EJN");
        assertThat(content.kind()).isEqualTo(AuthorityKind.POLICE);
        assertThat(content.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(content.competences()).containsExactlyInAnyOrder(Competence.MLA, Competence.EIO);
    }

    @Test
    void aNewAuthority_hasNoCompetences_isPublic_andBlankFieldsStayBlank() {
        AuthorityForm form = new AuthorityForm();
        form.setName("New");
        form.setNetworks("  ");

        AuthorityContent content = form.content();

        assertThat(form.base()).isNull();
        assertThat(content.name()).isEqualTo("New");
        assertThat(content.country()).isNull();
        assertThat(content.kind()).isNull();
        assertThat(content.networks()).isEmpty();
        assertThat(content.competences()).isEmpty();
        assertThat(content.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void invalidText_isPassedOnAsTyped_forTheServiceToRefuse() {
        AuthorityForm form = new AuthorityForm();
        form.fill(STORED);
        form.setCountry("XX");
        form.setWebsite("javascript:alert(1)");

        assertThat(form.content().country()).isEqualTo("XX");
        assertThat(form.content().website()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void aKindOutsideTheMenu_isAProgrammingError() {
        AuthorityForm form = new AuthorityForm();
        form.setKind("EMBASSY");

        assertThatThrownBy(form::content).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rebase_keepsTheTypedFields_andCarriesTheNewBasesCompetences() {
        AuthorityForm form = new AuthorityForm();
        form.fill(STORED);
        form.setName("Typed before the conflict");
        AuthorityContent theirs = new AuthorityContent(
                "Their name",
                null,
                "SE",
                AuthorityKind.PROSECUTION,
                null,
                null,
                Set.of(),
                Set.of(Competence.JIT),
                Visibility.PUBLIC);

        form.rebase(theirs);

        assertThat(form.base()).isSameAs(theirs);
        assertThat(form.content().name()).isEqualTo("Typed before the conflict");
        assertThat(form.content().competences()).containsExactly(Competence.JIT);
    }

    @Test
    void theKindMenu_offersEveryAuthorityKind() {
        assertThat(new AuthorityForm().getKinds())
                .hasSize(AuthorityKind.values().length)
                .contains("PROSECUTION", "OTHER");
    }

    @Test
    void officeHoursAndZone_roundTripThroughTheForm() {
        AuthorityForm form = new AuthorityForm();
        form.fill(STORED.withAvailability(Availability.of(false, "Mon-Fri 08:00-16:30", null)));

        assertThat(form.isAroundTheClock()).isFalse();
        assertThat(form.getOfficeHours()).isEqualTo("Mon-Fri 08:00-16:30");
        form.setTimeZone(" Europe/Stockholm ");

        assertThat(form.content().availability())
                .isEqualTo(Availability.of(false, "Mon-Fri 08:00-16:30", "Europe/Stockholm"));
    }
}
