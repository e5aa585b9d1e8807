package org.liaisonhub.editorial.exchange;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the JSON members of one record into Java values, collecting a {@link Problem} for each member of the wrong
 * JSON type or unreadable (an unknown enum name, a date that is no date) instead of stopping at the first, so a user
 * fixes a document in one pass. Absent values come back as null or empty collections; text is trimmed and blank text
 * is absent. What the values must be (required, lengths, codes, addresses) is for the content rules, not for this
 * class: it only checks what a record's constructor could not take.
 */
final class FieldReader {

    private final String section;
    private final String key;
    private final String prefix;
    private final JsonObject record;
    private final List<Problem> problems;

    FieldReader(String section, String key, JsonObject record, List<Problem> problems) {
        this(section, key, "", record, problems);
    }

    private FieldReader(String section, String key, String prefix, JsonObject record, List<Problem> problems) {
        this.section = section;
        this.key = key;
        this.prefix = prefix;
        this.record = record;
        this.problems = problems;
    }

    /** A reader for an object inside this record, whose problems are named {@code field.member}. */
    FieldReader part(String field, JsonObject object) {
        return new FieldReader(section, key, prefix + field + ".", object, problems);
    }

    void problem(String field, String message) {
        problems.add(new Problem(section, key, prefix + field, message));
    }

    /** Refuses every member not named: a typo must not import nothing silently. */
    void allowOnly(String... names) {
        Set<String> allowed = Set.of(names);
        for (String name : record.keySet()) {
            if (!allowed.contains(name)) {
                problem(
                        name,
                        "unknown field; allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** Trimmed text; null when absent or blank, or refused (not a string, control characters). */
    String text(String field) {
        JsonValue value = record.get(field);
        if (isAbsent(value)) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            problem(field, "must be a string");
            return null;
        }
        String stripped = text.getString().strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            problem(field, "contains control characters");
            return null;
        }
        return stripped;
    }

    /** As {@link #text}, for the parts of a record that cannot be built without it (a channel's address). */
    String requiredText(String field) {
        JsonValue value = record.get(field);
        if (isAbsent(value)) {
            problem(field, "is required");
            return null;
        }
        String text = text(field);
        if (text == null && value instanceof JsonString s && s.getString().isBlank()) {
            problem(field, "is required and must not be blank");
        }
        return text;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return named(field, type, text(field));
    }

    /** As {@link #enumValue}, for the parts of a record that cannot be built without it (a channel's type). */
    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        return named(field, type, requiredText(field));
    }

    <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String name : strings(field)) {
            E value = named(field, type, name);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** Free-text list, such as network names: trimmed, blanks and duplicates (ignoring case) dropped. */
    Set<String> textSet(String field) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> out = new LinkedHashSet<>();
        for (String value : strings(field)) {
            if (seen.add(value.toLowerCase(Locale.ROOT))) {
                out.add(value);
            }
        }
        return out;
    }

    /** The strings of an array, trimmed, blanks dropped; an item of another JSON type is a problem of its own. */
    List<String> strings(String field) {
        List<String> out = new ArrayList<>();
        JsonArray array = array(field);
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (!(item instanceof JsonString text)) {
                problem(field + "[" + i + "]", "must be a string");
            } else if (!text.getString().isBlank()) {
                out.add(text.getString().strip());
            }
        }
        return out;
    }

    JsonArray array(String field) {
        JsonValue value = record.get(field);
        if (isAbsent(value)) {
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
        if (isAbsent(value)) {
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
        if (isAbsent(value)) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
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

    /** true or false; null when absent (not known). */
    Boolean bool(String field) {
        JsonValue value = record.get(field);
        if (isAbsent(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            problem(field, "must be true or false");
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    /** An ISO date no later than tomorrow (a verification date in the future is a typo). */
    LocalDate date(String field) {
        String value = text(field);
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

    private <E extends Enum<E>> E named(String field, Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            problem(field, "unknown value '" + name + "'; allowed: " + allowed(type));
            return null;
        }
    }

    private static boolean isAbsent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
