package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.resources.domain.ResourceContent;

class EntryFormTest {

    static Stream<Record> contents() {
        return Stream.of(
                new AuthorityContent("Authority", null, "SE", null, null, null, Set.of("EJN"), Set.of(), null),
                new ContactContent(
                        "se-auth",
                        "Desk",
                        null,
                        "desk@example.org",
                        null,
                        Set.of("en"),
                        List.of(),
                        Set.of(),
                        Set.of(),
                        Visibility.MEMBERS,
                        null,
                        null),
                new ResourceContent("Tool", null, null, null, "https://example.org/", null, null, Set.of(), null),
                new PracticeContent("Practice", "SE", null, null, Set.of(), Set.of(), null, null, List.of()));
    }

    @ParameterizedTest
    @EnumSource(EntryType.class)
    void eachTypeHasAFormOfItsOwn(EntryType type) {
        EntryForm<?> form = EntryForm.blank(type, Map.of());

        assertThat(form.type()).isEqualTo(type);
        assertThat(form.base()).isNull();
        assertThat(form.content()).isInstanceOf(form.contentType());
        assertThat(form.getVisibility()).isEqualTo("PUBLIC");
    }

    @Test
    void aBlankContactForm_takesItsAuthorityFromThePage_otherFormsIgnoreIt() {
        Map<String, String> parameters = Map.of("authority", "se-auth");

        assertThat(((ContactForm) EntryForm.blank(EntryType.CONTACT, parameters)).getAuthorityKey())
                .isEqualTo("se-auth");
        assertThat(EntryForm.blank(EntryType.AUTHORITY, parameters).content())
                .isEqualTo(EntryForm.blank(EntryType.AUTHORITY, Map.of()).content());
    }

    @ParameterizedTest
    @MethodSource("contents")
    void aFilledForm_givesBackTheContentItWasFilledWith(Record content) {
        EntryForm<?> form = EntryForm.filled(typeOf(content), content);

        assertThat(form.content()).isEqualTo(content);
        assertThat(form.base()).isSameAs(content);
    }

    @Test
    void theContentOfAnotherType_isRefused() {
        Record resource =
                contents().filter(ResourceContent.class::isInstance).findFirst().orElseThrow();

        assertThatThrownBy(() -> EntryForm.filled(EntryType.AUTHORITY, resource))
                .isInstanceOf(ClassCastException.class)
                .hasMessageContaining("ResourceContent");
        assertThatThrownBy(() -> EntryForm.blank(EntryType.PRACTICE, Map.of()).rebaseOn(resource))
                .isInstanceOf(ClassCastException.class);
    }

    @ParameterizedTest
    @MethodSource("contents")
    void aFilledForm_survivesSerialisation_asTheViewScopedPageKeepsIt(Record content) throws Exception {
        EntryForm<?> form = EntryForm.filled(typeOf(content), content);
        form.setVisibility("RESTRICTED");

        EntryForm<?> copy = (EntryForm<?>) deserialise(serialise(form));

        assertThat(copy.getClass()).isEqualTo(form.getClass());
        assertThat(copy.content()).isEqualTo(form.content());
        assertThat(copy.base()).isEqualTo(content);
    }

    private static EntryType typeOf(Record content) {
        return Stream.of(EntryType.values())
                .filter(t -> EntryForm.blank(t, Map.of()).contentType().isInstance(content))
                .findFirst()
                .orElseThrow();
    }

    private static byte[] serialise(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
