package org.liaisonhub.editorial.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.UrlValidator;
import org.liaisonhub.platform.IsoCodes;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Reads the fields of one record, collecting a {@link Problem} for each bad field instead of stopping at the
 * first, so a user fixes a document in one pass. Absent values come back as null or empty collections.
 */
final class FieldReader {

    private static final UrlValidator URLS = new UrlValidator(new String[] {"http", "https"});
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String section;
    private final String key;
    private final JsonObject record;
    private final List<Problem> problems;

    FieldReader(String section, String key, JsonObject record, List<Problem> problems) {
        this.section = section;
        this.key = key;
        this.record = record;
        this.problems = problems;
    }

    void problem(String field, String message) {
        problems.add(new Problem(section, key, field, message));
    }

    void allowOnly(Set<String> fields) {
        for (String name : record.keySet()) {
            if (!fields.contains(name)) {
                problem(name, "unknown field; allowed: " + String.join(", ", fields.stream().sorted().toList()));
            }
        }
    }

    String string(String field, int maxLength, boolean required) {
        JsonValue value = record.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problem(field, "is required");
            }
            return null;
        }
        if (!(value instanceof JsonString text)) {
            problem(field, "must be a string");
            return null;
        }
        String stripped = text.getString().strip();
        if (stripped.isEmpty()) {
            if (required) {
                problem(field, "is required and must not be blank");
            }
            return null;
        }
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            problem(field, "is too long: at most " + maxLength + " characters");
            return null;
        }
        if (stripped.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            problem(field, "contains control characters");
            return null;
        }
        return stripped;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String value = string(field, 60, required);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(field, "unknown value '" + value + "'; allowed: " + allowed(type));
            return null;
        }
    }

    <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String value : strings(field, 60)) {
            try {
                out.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                problem(field, "unknown value '" + value + "'; allowed: " + allowed(type));
            }
        }
        return out;
    }

    /** Free-text list, such as network names: trimmed, blanks and duplicates (ignoring case) dropped. */
    Set<String> textSet(String field, int maxLength) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> out = new LinkedHashSet<>();
        for (String value : strings(field, maxLength)) {
            if (seen.add(value.toLowerCase(Locale.ROOT))) {
                out.add(value);
            }
        }
        return out;
    }

    List<String> strings(String field, int maxLength) {
        List<String> out = new ArrayList<>();
        JsonArray array = array(field);
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (!(item instanceof JsonString text)) {
                problem(field + "[" + i + "]", "must be a string");
            } else if (text.getString().isBlank()) {
                continue;
            } else if (text.getString().strip().length() > maxLength) {
                problem(field + "[" + i + "]", "is too long: at most " + maxLength + " characters");
            } else {
                out.add(text.getString().strip());
            }
        }
        return out;
    }

    JsonArray array(String field) {
        JsonValue value = record.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            problem(field, "must be an array");
            return null;
        }
        return array;
    }

    JsonObject object(String field) {
        JsonValue value = record.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            problem(field, "must be an object");
            return null;
        }
        return object;
    }

    Integer integer(String field, int min, int max) {
        JsonValue value = record.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof jakarta.json.JsonNumber number) || !number.isIntegral()) {
            problem(field, "must be a whole number");
            return null;
        }
        long n = number.longValue();
        if (n < min || n > max) {
            problem(field, "must be between " + min + " and " + max);
            return null;
        }
        return (int) n;
    }

    String country(String field, boolean required) {
        String value = string(field, 10, required);
        if (value != null && !IsoCodes.isCountry(value)) {
            problem(field, "'" + value + "' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SE)");
            return null;
        }
        return value;
    }

    Set<String> languages(String field) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : strings(field, 10)) {
            if (IsoCodes.isLanguage(value)) {
                out.add(value);
            } else {
                problem(field, "'" + value + "' is not an ISO 639-1 language code (lower case, e.g. en)");
            }
        }
        return out;
    }

    String email(String field) {
        String value = string(field, 320, false);
        if (value != null && !EmailValidator.getInstance(false, false).isValid(value)) {
            problem(field, "not a valid e-mail address: '" + value + "'");
            return null;
        }
        return value;
    }

    /** An international phone number, returned in E.164. */
    String phone(String field) {
        String value = string(field, 40, false);
        if (value == null) {
            return null;
        }
        if (!value.startsWith("+")) {
            problem(field, "'" + value + "' must be international: '+', country code, number");
            return null;
        }
        try {
            PhoneNumber number = PHONES.parse(value, null);
            if (!PHONES.isPossibleNumber(number)) {
                problem(field, "'" + value + "' is not a possible phone number for its country code");
                return null;
            }
            return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            problem(field, "'" + value + "' is not a phone number");
            return null;
        }
    }

    String url(String field) {
        String value = string(field, 2000, false);
        if (value != null && !URLS.isValid(value)) {
            problem(field, "not a valid http(s) URL: '" + value + "'");
            return null;
        }
        return value;
    }

    LocalDate date(String field) {
        String value = string(field, 20, false);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(LocalDate.now().plusDays(1))) {
                problem(field, "'" + value + "' is in the future");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(field, "'" + value + "' is not an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    static Set<String> fields(String... names) {
        return Set.of(names);
    }

    static boolean hasAny(Collection<?> values) {
        return values != null && !values.isEmpty();
    }
}
