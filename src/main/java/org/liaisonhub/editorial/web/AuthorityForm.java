package org.liaisonhub.editorial.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.directory.domain.Availability;

/** The editor form of an authority; its competences are not edited here and stay as loaded. */
public final class AuthorityForm implements EntryForm<AuthorityContent> {

    private static final long serialVersionUID = 1L;

    private AuthorityContent base;
    private String name;
    private String localName;
    private String country;
    private String kind;
    private String website;
    private String description;
    private String networks;
    private String visibility = Visibility.PUBLIC.name();
    private boolean aroundTheClock;
    private String officeHours;
    private String timeZone;

    @Override
    public EntryType type() {
        return EntryType.AUTHORITY;
    }

    @Override
    public Class<AuthorityContent> contentType() {
        return AuthorityContent.class;
    }

    @Override
    public void fill(AuthorityContent content) {
        base = content;
        name = content.name();
        localName = content.localName();
        country = content.country();
        kind = content.kind() == null ? null : content.kind().name();
        website = content.website();
        description = content.description();
        networks = FormText.join(content.networks());
        aroundTheClock = content.availability().isAroundTheClock();
        officeHours = content.availability().getOfficeHours();
        timeZone = content.availability().getTimeZone();
        visibility = content.visibility().name();
    }

    @Override
    public void rebase(AuthorityContent content) {
        base = content;
    }

    @Override
    public AuthorityContent base() {
        return base;
    }

    @Override
    public AuthorityContent content() {
        return new AuthorityContent(
                        name,
                        localName,
                        FormText.countryCode(country),
                        kind == null ? null : AuthorityKind.valueOf(kind),
                        website,
                        description,
                        FormText.split(networks),
                        base == null ? Set.of() : base.competences(),
                        Visibility.valueOf(visibility))
                .withAvailability(Availability.of(aroundTheClock, officeHours, timeZone));
    }

    /** The choices of the kind menu. */
    public List<String> getKinds() {
        return Arrays.stream(AuthorityKind.values()).map(Enum::name).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLocalName() {
        return localName;
    }

    public void setLocalName(String localName) {
        this.localName = localName;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
