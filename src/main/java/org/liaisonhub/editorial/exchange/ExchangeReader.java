package org.liaisonhub.editorial.exchange;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.directory.domain.Channel;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.domain.Choice;
import org.liaisonhub.practices.domain.PracticeAnswer;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.PracticeSource;
import org.liaisonhub.practices.domain.QuestionNumber;
import org.liaisonhub.practices.domain.SourceType;
import org.liaisonhub.resources.domain.Access;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;

/**
 * Reads an exchange document and checks everything that can be checked without the database. Throws
 * {@link InvalidDocumentException} listing every problem; references to existing entries are checked later.
 */
public final class ExchangeReader {

    public static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,99}$");

    private static final Set<String> TOP_LEVEL = Set.of("format", "version", "authorities", "contacts",
            "resources", "practices");

    private final List<Problem> problems = new ArrayList<>();

    private ExchangeReader() {
    }

    public static ExchangeDocument read(String json) {
        return new ExchangeReader().readDocument(json);
    }

    private ExchangeDocument readDocument(String json) {
        JsonObject root = parse(json);
        for (String name : root.keySet()) {
            if (!TOP_LEVEL.contains(name)) {
                problems.add(new Problem(null, null, name, "unknown top-level member; allowed: "
                        + String.join(", ", TOP_LEVEL.stream().sorted().toList())));
            }
        }
        checkHeader(root);
        ExchangeDocument document = new ExchangeDocument(
                section(root, "authorities", this::authority),
                section(root, "contacts", this::contact),
                section(root, "resources", this::resource),
                section(root, "practices", this::practice));
        if (!problems.isEmpty()) {
            throw InvalidDocumentException.of(problems);
        }
        return document;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new InvalidDocumentException("malformed-json", "The document must be a JSON object.",
                        List.of());
            }
            return object;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            throw new InvalidDocumentException("malformed-json", "The document is not valid JSON" + where + ".",
                    List.of());
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
        if (version != null && !(version instanceof jakarta.json.JsonNumber n && n.isIntegral()
                && n.intValue() == ExchangeDocument.VERSION)) {
            problems.add(new Problem(null, null, "version", "must be " + ExchangeDocument.VERSION));
        }
    }

    private <T> List<Keyed<T>> section(JsonObject root, String name, BiFunction<FieldReader, String, T> reader) {
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
            String key = record.get("key") instanceof JsonString s ? s.getString().strip() : null;
            FieldReader fields = new FieldReader(name, key == null ? "[" + i + "]" : key, record, problems);
            int before = problems.size();
            if (key == null || key.isEmpty()) {
                fields.problem("key", "is required");
            } else if (!KEY.matcher(key).matches()) {
                fields.problem("key", "must be 2–100 lower-case letters, digits, '.', '_' or '-', "
                        + "starting with a letter or digit");
            } else if (!keys.add(key)) {
                fields.problem("key", "appears more than once in " + name);
            }
            T content = reader.apply(fields, key);
            if (problems.size() == before) {
                out.add(new Keyed<>(key, content, given(record)));
            }
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

    private AuthorityContent authority(FieldReader f, String key) {
        f.allowOnly(FieldReader.fields("key", "name", "localName", "country", "kind", "website", "description",
                "networks", "competences", "visibility"));
        return new AuthorityContent(f.string("name", 300, true), f.string("localName", 300, false),
                f.country("country", true), f.enumValue("kind", AuthorityKind.class, true), f.url("website"),
                f.string("description", 20_000, false), f.textSet("networks", 200),
                f.enumSet("competences", Competence.class), f.enumValue("visibility", Visibility.class, false));
    }

    private ContactContent contact(FieldReader f, String key) {
        f.allowOnly(FieldReader.fields("key", "authority", "role", "personName", "email", "phone", "languages",
                "channels", "competences", "networks", "visibility", "lastVerified", "personalDetailsVisibility"));
        String authority = f.string("authority", 100, true);
        if (authority != null && !KEY.matcher(authority).matches()) {
            f.problem("authority", "'" + authority + "' is not a valid authority key");
        }
        return new ContactContent(authority, f.string("role", 300, true), f.string("personName", 200, false),
                f.email("email"), f.phone("phone"), f.languages("languages"), channels(f),
                f.enumSet("competences", Competence.class), f.textSet("networks", 200),
                f.enumValue("visibility", Visibility.class, false), f.date("lastVerified"),
                f.enumValue("personalDetailsVisibility", Visibility.class, false));
    }

    private List<Channel> channels(FieldReader f) {
        List<Channel> out = new ArrayList<>();
        JsonArray array = f.array("channels");
        for (int i = 0; array != null && i < array.size(); i++) {
            String field = "channels[" + i + "]";
            if (!(array.get(i) instanceof JsonObject channel)) {
                f.problem(field, "must be an object {type, address}");
                continue;
            }
            List<Problem> channelProblems = new ArrayList<>();
            FieldReader c = new FieldReader("contacts", null, channel, channelProblems);
            c.allowOnly(FieldReader.fields("type", "address"));
            ChannelType type = c.enumValue("type", ChannelType.class, true);
            String address = c.string("address", 500, true);
            channelProblems.forEach(p -> f.problem(field + "." + p.field(), p.message()));
            if (type != null && address != null && !out.contains(new Channel(type, address))) {
                out.add(new Channel(type, address));
            }
        }
        return out;
    }

    private ResourceContent resource(FieldReader f, String key) {
        f.allowOnly(FieldReader.fields("key", "name", "acronym", "kind", "description", "url", "access",
                "operator", "ictCategories", "visibility"));
        return new ResourceContent(f.string("name", 300, true), f.string("acronym", 50, false),
                f.enumValue("kind", ResourceKind.class, true), f.string("description", 20_000, false),
                f.url("url"), f.enumValue("access", Access.class, false), f.string("operator", 300, false),
                f.enumSet("ictCategories", IctCategory.class), f.enumValue("visibility", Visibility.class, false));
    }

    private PracticeContent practice(FieldReader f, String key) {
        f.allowOnly(FieldReader.fields("key", "title", "country", "summary", "body", "ictCategories",
                "challenges", "visibility", "source", "answers"));
        return new PracticeContent(f.string("title", 300, true), f.country("country", true),
                f.string("summary", 2_000, false), f.string("body", 100_000, false),
                f.enumSet("ictCategories", IctCategory.class), f.enumSet("challenges", Challenge.class),
                f.enumValue("visibility", Visibility.class, false), source(f), answers(f));
    }

    private PracticeSource source(FieldReader f) {
        JsonObject source = f.object("source");
        if (source == null) {
            return null;
        }
        List<Problem> sourceProblems = new ArrayList<>();
        FieldReader s = new FieldReader("practices", null, source, sourceProblems);
        s.allowOnly(FieldReader.fields("type", "questionnaire", "respondent", "year"));
        PracticeSource read = new PracticeSource(s.enumValue("type", SourceType.class, true),
                s.string("questionnaire", 300, false), s.string("respondent", 300, false),
                s.integer("year", 1990, 2100));
        sourceProblems.forEach(p -> f.problem("source." + p.field(), p.message()));
        return read;
    }

    private List<PracticeAnswer> answers(FieldReader f) {
        List<PracticeAnswer> out = new ArrayList<>();
        Set<String> questions = new HashSet<>();
        JsonArray array = f.array("answers");
        for (int i = 0; array != null && i < array.size(); i++) {
            String field = "answers[" + i + "]";
            if (!(array.get(i) instanceof JsonObject answer)) {
                f.problem(field, "must be an object {question, prompt, answer, choice, options}");
                continue;
            }
            List<Problem> answerProblems = new ArrayList<>();
            FieldReader a = new FieldReader("practices", null, answer, answerProblems);
            a.allowOnly(FieldReader.fields("question", "prompt", "answer", "choice", "options"));
            String question = a.string("question", 4, true);
            if (question != null && !QuestionNumber.isValid(question)) {
                a.problem("question", "'" + question + "' is not a question number such as 1, 1a or 8b");
                question = null;
            } else if (question != null && !questions.add(question)) {
                a.problem("question", "question " + question + " is answered more than once");
                question = null;
            }
            String prompt = a.string("prompt", 5_000, false);
            String text = a.string("answer", 50_000, false);
            Choice choice = a.enumValue("choice", Choice.class, false);
            List<String> options = a.strings("options", 300);
            answerProblems.forEach(p -> f.problem(field + "." + p.field(), p.message()));
            if (question != null) {
                out.add(new PracticeAnswer(question, prompt, text, choice, options));
            }
        }
        return out;
    }
}
