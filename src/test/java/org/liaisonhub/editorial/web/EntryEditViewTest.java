package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.editorial.application.EditorialService;
import org.liaisonhub.editorial.application.EntryForEdit;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.resources.domain.ResourceContent;

/** The page bean's dispatch to the form of the entry's type; saving and messages need a running JSF (EditorFormsIT). */
class EntryEditViewTest {

    private static final AuthorityContent AUTHORITY = new AuthorityContent(
            "Authority", null, "SE", null, null, null, Set.of(), Set.of(Competence.MLA), Visibility.PUBLIC);

    static Stream<Arguments> entries() {
        return Stream.of(
                Arguments.of(entry("authority", AUTHORITY, 1), AuthorityForm.class, "/directory/authority.xhtml?key=k"),
                Arguments.of(
                        entry(
                                "contact",
                                new ContactContent(
                                        "a", "Desk", null, null, null, Set.of(), List.of(), Set.of(), Set.of(), null,
                                        null, null),
                                1),
                        ContactForm.class,
                        "/directory/contact.xhtml?key=k"),
                Arguments.of(
                        entry(
                                "resource",
                                new ResourceContent("Tool", null, null, null, null, null, null, Set.of(), null),
                                1),
                        ResourceForm.class,
                        "/resources/resource.xhtml?key=k"),
                Arguments.of(
                        entry(
                                "practice",
                                new PracticeContent(
                                        "Practice", null, null, null, Set.of(), Set.of(), null, null, List.of()),
                                1),
                        PracticeForm.class,
                        "/practices/practice.xhtml?key=k"));
    }

    private static EntryForEdit entry(String type, Record content, long version) {
        return new EntryForEdit(type, "k", content, PublicationStatus.DRAFT, version, Instant.EPOCH, "editor");
    }

    @ParameterizedTest
    @MethodSource("entries")
    void anOpenedEntry_isShownInTheFormOfItsType_andLinksToItsDetailPage(
            EntryForEdit entry, Class<?> formType, String detailPage) {
        EntryEditView view = new EntryEditView();

        view.load(entry);

        assertThat(view.getForm()).isInstanceOf(formType);
        assertThat(view.getForm().content()).isEqualTo(entry.content());
        assertThat(view.getType()).isEqualTo(entry.type());
        assertThat(view.getKey()).isEqualTo("k");
        assertThat(view.getLoadedVersion()).isEqualTo(1);
        assertThat(view.getDetailPage()).isEqualTo(detailPage);
        assertThat(view.getMoves())
                .containsExactlyElementsOf(
                        PublicationStatus.DRAFT.next().stream().sorted().toList());
    }

    @Test
    void takingTheCurrentVersionAsBase_keepsTheTypedInput_andSavesOverTheirVersion() {
        AuthorityContent theirs = new AuthorityContent(
                "Their name", null, "SE", null, null, null, Set.of(), Set.of(Competence.JIT), Visibility.PUBLIC);
        EntryEditView view = new EntryEditView();
        view.editorial = openingOnly(new EntryForEdit(
                "authority", "k", theirs, PublicationStatus.PUBLISHED, 2, Instant.EPOCH.plusSeconds(60), "other"));
        view.load(entry("authority", AUTHORITY, 1));
        ((AuthorityForm) view.getForm()).setName("Typed");

        view.takeCurrentAsBase();

        assertThat(view.getLoadedVersion()).isEqualTo(2);
        assertThat(view.getUpdatedBy()).isEqualTo("other");
        assertThat(view.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(view.getForm().base()).isSameAs(theirs);
        assertThat(view.getForm().content())
                .isEqualTo(new AuthorityContent(
                        "Typed", null, "SE", null, null, null, Set.of(), Set.of(Competence.JIT), Visibility.PUBLIC));
        assertThat(view.getConflict()).isNull();
    }

    @Test
    void everyVisibilityIsOffered() {
        assertThat(new EntryEditView().getVisibilities()).containsExactly("PUBLIC", "MEMBERS", "RESTRICTED");
    }

    /** A service that only opens this entry: enough for the page's own logic, no database. */
    private static EditorialService openingOnly(EntryForEdit current) {
        return new EditorialService(null, null, null, null) {
            @Override
            public Optional<EntryForEdit> open(EntryType type, String key) {
                return type.code().equals(current.type()) && key.equals(current.key())
                        ? Optional.of(current)
                        : Optional.empty();
            }
        };
    }
}
