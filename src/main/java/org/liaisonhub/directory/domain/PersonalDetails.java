package org.liaisonhub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import org.liaisonhub.catalog.Visibility;

/**
 * The person behind a contact point's role and their direct phone, with who may see them. Personal data, so they
 * have a visibility level of their own, are never indexed, and are left out of details, vCards, the finder and the
 * export for viewers below that level. Columns of {@code contact_point} (and of its audit table), as they always were.
 */
@Embeddable
public class PersonalDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * An audited revision whose three columns are empty (written before the level existed, without name or phone):
     * Hibernate reads such an embeddable as null.
     */
    static final PersonalDetails NOT_RECORDED = new PersonalDetails(null, null, null);

    @Column(name = "personName", length = 200)
    private String personName;

    /** E.164, e.g. +46105625000. */
    @Column(name = "phone", length = 20)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "personalDetailsVisibility", nullable = false, length = 20)
    private Visibility visibility;

    protected PersonalDetails() {
        // for JPA
    }

    public PersonalDetails(String personName, String phone, Visibility visibility) {
        this.personName = personName;
        this.phone = phone;
        this.visibility = visibility;
    }

    /** What a contact point's content says of the person. */
    static PersonalDetails of(ContactContent content) {
        return new PersonalDetails(content.personName(), content.phone(), content.personalDetailsVisibility());
    }

    public String getPersonName() {
        return personName;
    }

    public String getPhone() {
        return phone;
    }

    /** Who may see the name and phone; null only in revisions written before the level existed. */
    public Visibility getVisibility() {
        return visibility;
    }

    /**
     * Whether a viewer who sees these visibility levels may see the person name and direct phone: only if their own
     * level is among them (the contact point's level is checked by the query).
     */
    public boolean shownTo(Set<Visibility> visibleLevels) {
        return visibleLevels.contains(visibility);
    }

    /** Whether a viewer who sees these levels misses a name or phone that is there (the page says so). */
    public boolean withheldFrom(Set<Visibility> visibleLevels) {
        return !shownTo(visibleLevels) && (personName != null || phone != null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalDetails other
                && Objects.equals(personName, other.personName)
                && Objects.equals(phone, other.phone)
                && visibility == other.visibility;
    }

    @Override
    public int hashCode() {
        return Objects.hash(personName, phone, visibility);
    }
}
