package org.liaisonhub.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;

class ContactPointTest {

    private static Authority authority(Visibility level) {
        return Authority.create(
                "se-npa",
                new AuthorityContent(
                        "Prosecution Authority",
                        null,
                        "SE",
                        AuthorityKind.PROSECUTION,
                        null,
                        null,
                        Set.of(),
                        Set.of(),
                        level));
    }

    private static ContactPoint contact(Authority authority, Visibility level) {
        return ContactPoint.create(
                "se-npa-mla",
                authority,
                new ContactContent(
                        "se-npa",
                        "MLA desk",
                        null,
                        null,
                        null,
                        Set.of(),
                        List.of(),
                        Set.of(),
                        Set.of(),
                        level,
                        null,
                        null));
    }

    @Test
    void aPublicContactOfAMembersAuthority_isEffectivelyMembersOnly() {
        assertThat(contact(authority(Visibility.MEMBERS), Visibility.PUBLIC).effectiveVisibility())
                .isEqualTo(Visibility.MEMBERS);
        assertThat(contact(authority(Visibility.RESTRICTED), Visibility.MEMBERS).effectiveVisibility())
                .isEqualTo(Visibility.RESTRICTED);
    }

    @Test
    void aStricterContact_keepsItsOwnLevel() {
        assertThat(contact(authority(Visibility.PUBLIC), Visibility.RESTRICTED).effectiveVisibility())
                .isEqualTo(Visibility.RESTRICTED);
    }

    @Test
    void thePersonalDetails_travelWithTheContent_andAChangeOfThemIsAChange() {
        Authority authority = authority(Visibility.PUBLIC);
        ContactContent withPerson = new ContactContent(
                "se-npa",
                "MLA desk",
                "Anna Berg",
                null,
                "+46105625000",
                Set.of(),
                List.of(),
                Set.of(),
                Set.of(),
                Visibility.PUBLIC,
                null,
                Visibility.MEMBERS);
        ContactPoint contact = ContactPoint.create("se-npa-mla", authority, withPerson);

        assertThat(contact.content()).isEqualTo(withPerson);
        assertThat(contact.getPersonalDetails())
                .isEqualTo(new PersonalDetails("Anna Berg", "+46105625000", Visibility.MEMBERS));
        assertThat(contact.getPersonalDetails().getVisibility()).isEqualTo(Visibility.MEMBERS);
        assertThat(contact.revise(authority, withPerson)).as("same content").isFalse();
        assertThat(contact.revise(authority, withPerson.withoutPersonalDetails()))
                .isTrue();
        assertThat(contact.getPersonalDetails().getPersonName()).isNull();
    }

    @Test
    void aRevisionWithoutAnyPersonalColumn_readsAsNoneGiven_seenByWhoeverSeesTheContact() throws Exception {
        ContactPoint contact = contact(authority(Visibility.PUBLIC), Visibility.PUBLIC);
        // Hibernate reads an embeddable whose columns are all null (old audit rows) as a null field.
        java.lang.reflect.Field field = ContactPoint.class.getDeclaredField("personalDetails");
        field.setAccessible(true);
        field.set(contact, null);

        assertThat(contact.getPersonalDetails().getPersonName()).isNull();
        assertThat(contact.content().personalDetailsVisibility()).isEqualTo(Visibility.PUBLIC);
    }
}
