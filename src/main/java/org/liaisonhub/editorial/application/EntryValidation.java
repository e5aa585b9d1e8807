package org.liaisonhub.editorial.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.catalog.validation.PhoneNumbers;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.directory.domain.ContactInAuthority;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.editorial.exchange.ContentProblems;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.resources.domain.ResourceContent;

/**
 * What an editor typed, normalised — text stripped and blank text absent, phone numbers in E.164, rich text
 * sanitised — and then checked against the content rules on the records (the same the import applies), or refused
 * with {@link InvalidDocumentException} listing every problem by field.
 */
public final class EntryValidation {

    private EntryValidation() {}

    public static AuthorityContent authority(String key, AuthorityContent c) {
        return valid(
                "authority",
                key,
                List.of(),
                new AuthorityContent(
                        text(c.name()),
                        text(c.localName()),
                        text(c.country()),
                        c.kind(),
                        text(c.website()),
                        rich(c.description()),
                        names(c.networks()),
                        c.competences(),
                        c.visibility(),
                        c.availability()));
    }

    /**
     * @param region the country of the contact's authority, so a national number ("08 123 456") can be read;
     *            numbers starting with '+' need none
     * @param authorityLevel the visibility of the contact's authority: the contact may not be more open
     */
    public static ContactContent contact(String key, ContactContent c, String region, Visibility authorityLevel) {
        String refusal = contactMoreOpenThanAuthority(c.visibility(), c.authorityKey(), authorityLevel);
        List<Problem> first = refusal == null ? List.of() : List.of(new Problem("contact", key, "visibility", refusal));
        return valid(
                "contact",
                key,
                first,
                new ContactContent(
                        text(c.authorityKey()),
                        text(c.role()),
                        text(c.personName()),
                        text(c.email()),
                        PhoneNumbers.normalised(text(c.phone()), region),
                        names(c.languages()),
                        c.channels(),
                        c.competences(),
                        names(c.networks()),
                        c.visibility(),
                        c.lastVerified(),
                        c.personalDetailsVisibility(),
                        c.availability()));
    }

    public static ResourceContent resource(String key, ResourceContent c) {
        return valid(
                "resource",
                key,
                List.of(),
                new ResourceContent(
                        text(c.name()),
                        text(c.acronym()),
                        c.kind(),
                        rich(c.description()),
                        text(c.url()),
                        c.access(),
                        text(c.operator()),
                        c.ictCategories(),
                        c.visibility()));
    }

    public static PracticeContent practice(String key, PracticeContent c) {
        return valid(
                "practice",
                key,
                List.of(),
                new PracticeContent(
                        text(c.title()),
                        text(c.country()),
                        rich(c.summary()),
                        rich(c.body()),
                        c.ictCategories(),
                        c.challenges(),
                        c.visibility(),
                        c.source(),
                        c.answers()));
    }

    /**
     * @param first what the service found against the sheet's neighbours (its authority missing, another sheet for
     *            the same country and kind of request), listed first
     */
    public static ProcedureSheetContent procedure(String key, ProcedureSheetContent c, List<Problem> first) {
        return valid(
                "procedure",
                key,
                first,
                new ProcedureSheetContent(
                        text(c.country()),
                        c.request(),
                        text(c.authorityKey()),
                        c.channels(),
                        c.languages().stream()
                                .map(EntryValidation::text)
                                .filter(Objects::nonNull)
                                .toList(),
                        text(c.languageNote()),
                        c.encryptionRequired(),
                        c.eSignatureRequired(),
                        c.doubleCriminality(),
                        c.timeLimitDays(),
                        text(c.timeLimits()),
                        text(c.evidenceUseLimits()),
                        text(c.modelFormUrl()),
                        c.lastVerified(),
                        c.visibility()));
    }

    /**
     * The message for a contact point more open than its authority, naming both levels; null when it is not. Shared by
     * the editor form and the import, so both refuse in the same words.
     */
    public static String contactMoreOpenThanAuthority(
            Visibility contactLevel, String authorityKey, Visibility authorityLevel) {
        if (!ContactInAuthority.isMoreOpenThanAuthority(contactLevel, authorityLevel)) {
            return null;
        }
        return "is " + contactLevel + " but its authority '" + authorityKey + "' is " + authorityLevel
                + ": a contact point cannot be more open than its authority (it names it); choose " + authorityLevel
                + (authorityLevel == Visibility.RESTRICTED ? "" : " or stricter") + ", or open the authority first";
    }

    /** {@code content} when it breaks no rule and {@code first} is empty; else every problem, {@code first} first. */
    private static <T extends Record> T valid(String section, String key, List<Problem> first, T content) {
        List<Problem> problems = new ArrayList<>(first);
        problems.addAll(ContentProblems.of(section, key, content));
        if (!problems.isEmpty()) {
            String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
            throw new InvalidDocumentException("invalid-entry", count + "; nothing was saved", problems);
        }
        return content;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Sanitised here, so the length rule applies to what is stored (escaping can make the text longer). */
    private static String rich(String value) {
        return text(RichText.forStorage(text(value)));
    }

    /** Names and codes typed as a list: each stripped, blanks dropped. */
    private static Set<String> names(Set<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : values) {
            String v = value.strip();
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }
}
