package org.liaisonhub.editorial.web;

import java.util.List;
import java.util.Set;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.Availability;
import org.liaisonhub.directory.domain.ContactContent;

/**
 * The editor form of a contact point; its channels, competences, last verification date and the visibility of its
 * personal details are not edited here and stay as loaded.
 */
public final class ContactForm implements EntryForm<ContactContent> {

    private static final long serialVersionUID = 1L;

    private ContactContent base;
    private String authorityKey;
    private String role;
    private String personName;
    private String email;
    private String phone;
    private String languages;
    private String networks;
    private String visibility = Visibility.PUBLIC.name();
    private boolean aroundTheClock;
    private String officeHours;
    private String timeZone;

    /** A new contact point's form, its authority filled in ({@code null}: the editor types it). */
    static ContactForm forAuthority(String authorityKey) {
        ContactForm form = new ContactForm();
        form.authorityKey = authorityKey;
        return form;
    }

    @Override
    public EntryType type() {
        return EntryType.CONTACT;
    }

    @Override
    public Class<ContactContent> contentType() {
        return ContactContent.class;
    }

    @Override
    public void fill(ContactContent content) {
        base = content;
        authorityKey = content.authorityKey();
        role = content.role();
        personName = content.personName();
        email = content.email();
        phone = content.phone();
        languages = FormText.join(content.languages());
        networks = FormText.join(content.networks());
        aroundTheClock = content.availability().isAroundTheClock();
        officeHours = content.availability().getOfficeHours();
        timeZone = content.availability().getTimeZone();
        visibility = content.visibility().name();
    }

    @Override
    public void rebase(ContactContent content) {
        base = content;
    }

    @Override
    public ContactContent base() {
        return base;
    }

    @Override
    public ContactContent content() {
        return new ContactContent(
                        authorityKey,
                        role,
                        personName,
                        email,
                        phone,
                        FormText.split(languages),
                        base == null ? List.of() : base.channels(),
                        base == null ? Set.of() : base.competences(),
                        FormText.split(networks),
                        Visibility.valueOf(visibility),
                        base == null ? null : base.lastVerified(),
                        base == null ? null : base.personalDetailsVisibility())
                .withAvailability(Availability.of(aroundTheClock, officeHours, timeZone));
    }

    public String getAuthorityKey() {
        return authorityKey;
    }

    public void setAuthorityKey(String authorityKey) {
        this.authorityKey = authorityKey;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getNetworks() {
        return networks;
    }

    public void setNetworks(String networks) {
        this.networks = networks;
    }

    public boolean isAroundTheClock() {
        return aroundTheClock;
    }

    public void setAroundTheClock(boolean aroundTheClock) {
        this.aroundTheClock = aroundTheClock;
    }

    public String getOfficeHours() {
        return officeHours;
    }

    public void setOfficeHours(String officeHours) {
        this.officeHours = officeHours;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    @Override
    public String getVisibility() {
        return visibility;
    }

    @Override
    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }
}
