package org.liaisonhub.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;

class PersonalDetailsTest {

    private static final Set<Visibility> ANONYMOUS = EnumSet.of(Visibility.PUBLIC);
    private static final Set<Visibility> MEMBER = EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS);

    @Test
    void theNameAndPhone_areShownOnlyToViewersWhoSeeTheirOwnLevel() {
        PersonalDetails membersOnly = new PersonalDetails("Anna Berg", "+46105625000", Visibility.MEMBERS);

        assertThat(membersOnly.shownTo(MEMBER)).isTrue();
        assertThat(membersOnly.shownTo(ANONYMOUS)).isFalse();
        assertThat(new PersonalDetails("Anna Berg", null, Visibility.PUBLIC).shownTo(ANONYMOUS))
                .isTrue();
    }

    @Test
    void withheld_onlyWhenThereIsANameOrPhoneTheViewerMayNotSee() {
        assertThat(new PersonalDetails("Anna Berg", null, Visibility.MEMBERS).withheldFrom(ANONYMOUS))
                .isTrue();
        assertThat(new PersonalDetails(null, "+46105625000", Visibility.MEMBERS).withheldFrom(ANONYMOUS))
                .isTrue();
        assertThat(new PersonalDetails(null, null, Visibility.MEMBERS).withheldFrom(ANONYMOUS))
                .isFalse();
        assertThat(new PersonalDetails("Anna Berg", null, Visibility.MEMBERS).withheldFrom(MEMBER))
                .isFalse();
    }

    @Test
    void madeFromAContactsContent_andEqualByValue() {
        ContactContent content = new ContactContent(
                "se-npa",
                "MLA desk",
                "Anna Berg",
                "mla@example.org",
                "+46105625000",
                Set.of(),
                List.of(),
                Set.of(),
                Set.of(),
                Visibility.PUBLIC,
                null,
                Visibility.MEMBERS);

        PersonalDetails details = PersonalDetails.of(content);

        assertThat(details)
                .isEqualTo(new PersonalDetails("Anna Berg", "+46105625000", Visibility.MEMBERS))
                .hasSameHashCodeAs(new PersonalDetails("Anna Berg", "+46105625000", Visibility.MEMBERS))
                .isNotEqualTo(new PersonalDetails("Anna Berg", "+46105625000", Visibility.PUBLIC));
        assertThat(details.getPersonName()).isEqualTo("Anna Berg");
        assertThat(details.getPhone()).isEqualTo("+46105625000");
    }
}
