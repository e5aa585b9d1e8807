package org.liaisonhub.editorial.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.UrlValidator;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.resources.domain.ResourceContent;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Checks what an editor typed and returns it normalised — phone numbers in E.164, rich text sanitised, text
 * stripped — or throws {@link InvalidDocumentException} listing every problem by field.
 */
public final class EntryValidation {

    private static final UrlValidator URLS = new UrlValidator(new String[] {"http", "https"});
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String section;
    private final String key;
    private final List<Problem> problems = new ArrayList<>();

    private EntryValidation(String section, String key) {
        this.section = section;
        this.key = key;
    }

    public static AuthorityContent authority(String key, AuthorityContent c) {
        EntryValidation v = new EntryValidation("authority", key);
        AuthorityContent out = new AuthorityContent(v.required("name", c.name(), 300), v.optional("localName",
                c.localName(), 300), v.country("country", c.country()), v.present("kind", c.kind()),
                v.url("website", c.website()), v.rich("description", c.description(), 20000),
                v.names("networks", c.networks()), c.competences(), c.visibility());
        return v.done(out);
    }

    /**
     * @param region the country of the contact's authority, so a national number ("08 123 456") can be read;
     *            numbers starting with '+' need none
     * @param authorityLevel the visibility of the contact's authority: the contact may not be more open
     */
    public static ContactContent contact(String key, ContactContent c, String region, Visibility authorityLevel) {
        EntryValidation v = new EntryValidation("contact", key);
        v.notMoreOpenThanAuthority(c.visibility(), c.authorityKey(), authorityLevel);
        ContactContent out = new ContactContent(v.required("authority", c.authorityKey(), 100),
                v.required("role", c.role(), 300), v.optional("personName", c.personName(), 200),
                v.email("email", c.email()), v.phone("phone", c.phone(), region),
                v.languages("languages", c.languages()), c.channels(), c.competences(),
                v.names("networks", c.networks()), c.visibility(), c.lastVerified(),
                c.personalDetailsVisibility());
        return v.done(out);
    }

    public static ResourceContent resource(String key, ResourceContent c) {
        EntryValidation v = new EntryValidation("resource", key);
        ResourceContent out = new ResourceContent(v.required("name", c.name(), 300),
                v.optional("acronym", c.acronym(), 50), v.present("kind", c.kind()),
                v.rich("description", c.description(), 20000), v.url("url", c.url()), c.access(),
                v.optional("operator", c.operator(), 300), c.ictCategories(), c.visibility());
        return v.done(out);
    }

    public static PracticeContent practice(String key, PracticeContent c) {
        EntryValidation v = new EntryValidation("practice", key);
        PracticeContent out = new PracticeContent(v.required("title", c.title(), 300),
                v.country("country", c.country()), v.rich("summary", c.summary(), 2000),
                v.rich("body", c.body(), 100000), c.ictCategories(),
                c.challenges(), c.visibility(), c.source(), c.answers());
        return v.done(out);
    }

    /**
     * The message for a contact point more open than its authority, naming both levels; null when it is not. Shared by
     * the editor form and the import, so both refuse in the same words.
     */
    public static String contactMoreOpenThanAuthority(Visibility contactLevel, String authorityKey,
            Visibility authorityLevel) {
        if (!ContactPoint.isMoreOpenThanAuthority(contactLevel, authorityLevel)) {
            return null;
        }
        return "is " + contactLevel + " but its authority '" + authorityKey + "' is " + authorityLevel
                + ": a contact point cannot be more open than its authority (it names it); choose " + authorityLevel
                + (authorityLevel == Visibility.RESTRICTED ? "" : " or stricter") + ", or open the authority first";
    }

    private void notMoreOpenThanAuthority(Visibility contactLevel, String authorityKey, Visibility authorityLevel) {
        String message = contactMoreOpenThanAuthority(contactLevel, authorityKey, authorityLevel);
        if (message != null) {
            problem("visibility", message);
        }
    }

    /** Whether a value is a syntactically valid e-mail address (no local addresses, no TLD-less domains). */
    public static boolean isEmail(String value) {
        return EmailValidator.getInstance(false, false).isValid(value);
    }

    /**
     * A phone number in E.164 ("+46104435000"), read in international form or as a national number of
     * {@code region}; null when it is not a possible number.
     */
    public static String toE164(String value, String region) {
        try {
            PhoneNumber number = PHONES.parse(value, value.strip().startsWith("+") ? null : region);
            return PHONES.isPossibleNumber(number) ? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)
                    : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private <T> T done(T out) {
        if (!problems.isEmpty()) {
            String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
            throw new InvalidDocumentException("invalid-entry", count + "; nothing was saved", problems);
        }
        return out;
    }

    private void problem(String field, String message) {
        problems.add(new Problem(section, key, field, message));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String optional(String field, String value, int max) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            problem(field, "is longer than " + max + " characters");
        }
        return v;
    }

    private String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            problem(field, "is required");
        }
        return v;
    }

    private <T> T present(String field, T value) {
        if (value == null) {
            problem(field, "is required");
        }
        return value;
    }

    private String country(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            problem(field, "is required");
        } else if (!IsoCodes.isCountry(v)) {
            problem(field, "'" + v + "' is not an ISO 3166-1 country code (two capital letters, e.g. SE)");
        }
        return v;
    }

    private String email(String field, String value) {
        String v = blankToNull(value);
        if (v != null && !isEmail(v)) {
            problem(field, "'" + v + "' is not a valid e-mail address");
        }
        return v;
    }

    private String phone(String field, String value, String region) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String e164 = toE164(v, region);
        if (e164 == null) {
            problem(field, "'" + v + "' is not a phone number; write it with '+' and the country code,"
                    + " e.g. +46 10 443 50 00");
            return v;
        }
        return e164;
    }

    private String url(String field, String value) {
        String v = blankToNull(value);
        if (v != null && !URLS.isValid(v)) {
            problem(field, "'" + v + "' is not a valid http(s) address");
        }
        return v;
    }

    /** Sanitised first: the limit applies to what is stored (escaping can make the text longer). */
    private String rich(String field, String value, int max) {
        String v = blankToNull(value);
        return v == null ? null : optional(field, RichText.forStorage(v), max);
    }

    private Set<String> languages(String field, Set<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : values) {
            String v = value.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (IsoCodes.isLanguage(v)) {
                out.add(v);
            } else {
                problem(field, "'" + v + "' is not an ISO 639-1 language code (two lower-case letters, e.g. en)");
            }
        }
        return out;
    }

    private Set<String> names(String field, Set<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : values) {
            String v = value.strip();
            if (v.length() > 200) {
                problem(field, "'" + v.substring(0, 20) + "…' is longer than 200 characters");
            } else if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }
}
