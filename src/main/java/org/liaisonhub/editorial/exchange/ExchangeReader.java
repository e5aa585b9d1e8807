package org.liaisonhub.editorial.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads an exchange document and checks everything that can be checked without the database: the document's shape
 * and header, each section's keys, each record's members ({@link ContentReader}) and the content rules every entry
 * obeys ({@link ContentProblems}). Throws {@link InvalidDocumentException} listing every problem; references to
 * existing entries are checked when importing.
 */
public final class ExchangeReader {

    public static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,99}$");

    /** {@code edition}: the header of a signed offline edition's JSON file (scope, audience, dates); not imported. */
    private static final Set<String> TOP_LEVEL =
            Set.of("format", "version", "edition", "authorities", "contacts", "resources", "practices", "procedures");

    private final List<Problem> problems = new ArrayList<>();

    private ExchangeReader() {}

    public static ExchangeDocument read(String json) {
        return new ExchangeReader().readDocument(json);
    }

    private ExchangeDocument readDocument(String json) {
        JsonObject root = parse(json);
        for (String name : root.keySet()) {
            if (!TOP_LEVEL.contains(name)) {
                problems.add(new Problem(
                        null,
                        null,
                        name,
                        "unknown top-level member; allowed: "
                                + String.join(", ", TOP_LEVEL.stream().sorted().toList())));
            }
        }
        checkHeader(root);
        ExchangeDocument document = new ExchangeDocument(
                section(root, "authorities", ContentReader::authority),
                section(root, "contacts", ContentReader::contact),
                section(root, "resources", ContentReader::resource),
                section(root, "practices", ContentReader::practice),
                section(root, "procedures", ContentReader::procedure));
        if (!problems.isEmpty()) {
            throw InvalidDocumentException.of(problems);
        }
        return document;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new InvalidDocumentException("malformed-json", "The document must be a JSON object.", List.of());
            }
            return object;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            throw new InvalidDocumentException(
                    "malformed-json", "The document is not valid JSON" + where + ".", List.of());
        } catch (JsonException e) {
            throw new InvalidDocumentException("malformed-json", "The document is not valid JSON.", List.of());
        }
    }

    private void checkHeader(JsonObject root) {
        JsonValue format = root.get("format");
        if (format != null && !(format instanceof JsonString s && ExchangeDocument.FORMAT.equals(s.getString()))) {
            problems.add(new Problem(null, null, "format", "must be \"" + ExchangeDocument.FORMAT + "\""));
        }
        JsonValue version = root.get("version");
        if (version != null
                && !(version instanceof jakarta.json.JsonNumber n
                        && n.isIntegral()
                        && ExchangeDocument.READABLE_VERSIONS.contains(n.intValue()))) {
            problems.add(new Problem(
                    null,
                    null,
                    "version",
                    "must be one of "
                            + ExchangeDocument.READABLE_VERSIONS.stream()
                                    .map(String::valueOf)
                                    .collect(java.util.stream.Collectors.joining(", "))));
        } else if (version instanceof jakarta.json.JsonNumber n && n.intValue() < 2 && root.containsKey("procedures")) {
            problems.add(new Problem(
                    null, null, "procedures", "needs version 2 of the format (version is " + n.intValue() + ")"));
        }
    }

    private <T extends Record> List<Keyed<T>> section(JsonObject root, String name, Function<FieldReader, T> reader) {
        List<Keyed<T>> out = new ArrayList<>();
        JsonValue value = root.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(value instanceof JsonArray array)) {
            problems.add(new Problem(name, null, null, "must be an array"));
            return out;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject record)) {
                problems.add(new Problem(name, null, "[" + i + "]", "must be an object"));
                continue;
            }
            String key =
                    record.get("key") instanceof JsonString s ? s.getString().strip() : null;
            String located = key == null ? "[" + i + "]" : key;
            List<Problem> found = new ArrayList<>();
            FieldReader fields = new FieldReader(name, located, record, found);
            if (key == null || key.isEmpty()) {
                fields.problem("key", "is required");
            } else if (!KEY.matcher(key).matches()) {
                fields.problem(
                        "key",
                        "must be 2–100 lower-case letters, digits, '.', '_' or '-', "
                                + "starting with a letter or digit");
            } else if (!keys.add(key)) {
                fields.problem("key", "appears more than once in " + name);
            }
            T content = reader.apply(fields);
            found.addAll(ContentProblems.besides(found, ContentProblems.of(name, located, content)));
            if (found.isEmpty()) {
                out.add(new Keyed<>(key, content, given(record)));
            }
            problems.addAll(found);
        }
        return out;
    }

    /**
     * The members a record gives. A visibility level that is null or empty is no level at all, so it counts as left
     * out (the stored level stays); any other member given as null, "" or [] clears the stored value.
     */
    static Set<String> given(JsonObject record) {
        Set<String> given = new HashSet<>();
        record.forEach((name, value) -> {
            boolean level = name.equals("visibility") || name.equals("personalDetailsVisibility");
            if (!level || value instanceof JsonString s && !s.getString().isBlank()) {
                given.add(name);
            }
        });
        return given;
    }
}
