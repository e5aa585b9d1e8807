package org.liaisonhub.editorial.web;

import java.io.Serializable;
import java.util.Map;
import org.liaisonhub.catalog.EntryType;

/**
 * The fields of the editor form for one kind of entry, as typed (the service validates and normalises them), and the
 * content record they make. The form also keeps the content it was filled from, its <em>base</em>: what the page does
 * not edit (competences, channels, answers…) is carried over from it, and the service checks a save against it.
 * Sealed, so that the page deals with exactly these five kinds, one class each, and never with a bare record.
 *
 * @param <C> the entry's content record
 */
public sealed interface EntryForm<C extends Record> extends Serializable
        permits AuthorityForm, ContactForm, ResourceForm, PracticeForm, ProcedureSheetForm {

    /**
     * An empty form for a new entry of this type; a contact point's form starts from the authority the page was
     * opened with ({@code ?authority=key}), if any.
     */
    static EntryForm<?> blank(EntryType type, Map<String, String> pageParameters) {
        return switch (type) {
            case AUTHORITY -> new AuthorityForm();
            case CONTACT -> ContactForm.forAuthority(pageParameters.get("authority"));
            case RESOURCE -> new ResourceForm();
            case PRACTICE -> new PracticeForm();
            case PROCEDURE -> new ProcedureSheetForm();
        };
    }

    /** The form of an entry of this type, filled with its content ({@code AuthorityContent} for an authority…). */
    static EntryForm<?> filled(EntryType type, Record content) {
        EntryForm<?> form = blank(type, Map.of());
        form.fillFrom(content);
        return form;
    }

    EntryType type();

    /** The record this form edits; a content of another type is a programming error. */
    Class<C> contentType();

    /** Shows this content in the fields and takes it as the base. */
    void fill(C content);

    /** Takes this content as the base and keeps the fields as typed (after a conflict: save over their version). */
    void rebase(C content);

    /** The content the fields were filled from or rebased on; {@code null} for a new entry. */
    C base();

    /** The fields as a content record; what the form does not edit is the base's, or empty for a new entry. */
    C content();

    String getVisibility();

    void setVisibility(String visibility);

    /** {@link #fill} with an entry's content as the service hands it over (a record of this form's type). */
    default void fillFrom(Record content) {
        fill(contentType().cast(content));
    }

    /** {@link #rebase} with an entry's content as the service hands it over (a record of this form's type). */
    default void rebaseOn(Record content) {
        rebase(contentType().cast(content));
    }
}
