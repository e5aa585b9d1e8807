package org.liaisonhub.testing;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Exchange documents (the format of {@code POST /api/import}, docs/exchange-format.md) for tests, built in code
 * instead of JSON text copied from test to test:
 *
 * <pre>{@code
 * String json = ExchangeJson.document()
 *         .authority("se-npa", a -> a.name("Swedish Prosecution Authority").country("SE").kind("PROSECUTION"))
 *         .contact("se-npa-eio", c -> c.authority("se-npa").role("Duty prosecutor").languages("sv", "en"))
 *         .toJson();
 * }</pre>
 *
 * Values are the wire format's, as strings: a test may send what the reader must refuse ({@code kind("NINJA")},
 * {@code country("XX")}). A member is written only when a test sets it, so a record holds exactly what the test
 * gives (what an import leaves out matters: it keeps the stored value); {@link Entry#set} writes any member (a JSON
 * {@code null} too), {@link Entry#without} leaves one out again. {@code authority(key, …)} and its siblings amend the record of that key if the document
 * has one, so a test can start from a shared document and change one field.
 */
public final class ExchangeJson {

    /** Looked up once: {@code Json.create…} looks the provider up on every call, and the crash test writes a lot. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final Map<String, Object> members = new LinkedHashMap<>();
    private final Map<String, List<Entry<?>>> sections = new LinkedHashMap<>();

    private ExchangeJson() {}

    public static ExchangeJson document() {
        return new ExchangeJson();
    }

    /** The authority of this key, added, or amended if the document has it already. */
    public ExchangeJson authority(String key, Consumer<Authority> spec) {
        return entry("authorities", key, Authority::new, spec);
    }

    public ExchangeJson contact(String key, Consumer<Contact> spec) {
        return entry("contacts", key, Contact::new, spec);
    }

    public ExchangeJson resource(String key, Consumer<Resource> spec) {
        return entry("resources", key, Resource::new, spec);
    }

    /** One more resource, whatever key it gives (none, or one another record has). */
    public ExchangeJson resource(Consumer<Resource> spec) {
        return add("resources", new Resource(), spec);
    }

    public ExchangeJson practice(String key, Consumer<Practice> spec) {
        return entry("practices", key, Practice::new, spec);
    }

    /** {@code "format": "liaison-exchange"}, as an export writes it. */
    public ExchangeJson format(String format) {
        return set("format", format);
    }

    public ExchangeJson version(int version) {
        return set("version", version);
    }

    /** Any top-level member, e.g. one the format does not know, or an empty section. */
    public ExchangeJson set(String member, Object value) {
        members.put(member, value);
        return this;
    }

    public JsonObject toJsonObject() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        members.forEach((name, value) -> json.add(name, value(value)));
        sections.forEach((name, entries) -> {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            entries.forEach(entry -> array.add(entry.toJsonObject()));
            json.add(name, array);
        });
        return json.build();
    }

    /** The document as JSON text, to send or to read. */
    public String toJson() {
        return toJsonObject().toString();
    }

    @Override
    public String toString() {
        return toJson();
    }

    private <E extends Entry<E>> ExchangeJson entry(String section, String key, Supplier<E> create, Consumer<E> spec) {
        for (Entry<?> existing : sections.getOrDefault(section, List.of())) {
            if (key.equals(existing.members.get("key"))) {
                @SuppressWarnings("unchecked") // entries of a section are all made by the same supplier
                E typed = (E) existing;
                spec.accept(typed);
                return this;
            }
        }
        return add(section, create.get().set("key", key), spec);
    }

    private <E extends Entry<E>> ExchangeJson add(String section, E entry, Consumer<E> spec) {
        spec.accept(entry);
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(entry);
        return this;
    }

    /** A JSON value of a Java one: text, number, boolean, null, a list, array or map of them, or an entry. */
    static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        } else if (value instanceof JsonValue json) {
            return json;
        } else if (value instanceof String text) {
            return JSON.createValue(text);
        } else if (value instanceof Integer number) {
            return JSON.createValue(number);
        } else if (value instanceof Long number) {
            return JSON.createValue(number);
        } else if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (value instanceof Entry<?> entry) {
            return entry.toJsonObject();
        } else if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((name, v) -> object.add(name.toString(), value(v)));
            return object.build();
        } else if (value instanceof Collection<?> values) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            values.forEach(v -> array.add(value(v)));
            return array.build();
        } else if (value instanceof Object[] values) {
            return value(Arrays.asList(values));
        }
        throw new IllegalArgumentException("no JSON value for " + value.getClass());
    }

    /** The members of one JSON object of the document, in the order the test sets them. */
    public abstract static class Entry<E extends Entry<E>> {

        private final Map<String, Object> members = new LinkedHashMap<>();

        /** Any member, with any value ({@code null} is written as JSON null: the reader takes it as "clear"). */
        public E set(String member, Object value) {
            members.put(member, value);
            return self();
        }

        /** Leaves a member out again. */
        public E without(String member) {
            members.remove(member);
            return self();
        }

        public E key(String key) {
            return set("key", key);
        }

        public E visibility(String visibility) {
            return set("visibility", visibility);
        }

        public E description(String description) {
            return set("description", description);
        }

        /** Adds a value to a list member, made on first use. */
        E append(String member, Object value) {
            @SuppressWarnings("unchecked") // list members are made here, as ArrayLists of values
            List<Object> values = (List<Object>) members.computeIfAbsent(member, m -> new ArrayList<>());
            values.add(value);
            return self();
        }

        JsonObject toJsonObject() {
            JsonObjectBuilder json = JSON.createObjectBuilder();
            members.forEach((name, value) -> json.add(name, value(value)));
            return json.build();
        }

        @SuppressWarnings("unchecked") // E is the subclass itself
        private E self() {
            return (E) this;
        }
    }

    public static final class Authority extends Entry<Authority> {

        public Authority name(String name) {
            return set("name", name);
        }

        public Authority localName(String localName) {
            return set("localName", localName);
        }

        public Authority country(String country) {
            return set("country", country);
        }

        public Authority kind(String kind) {
            return set("kind", kind);
        }

        public Authority website(String website) {
            return set("website", website);
        }

        public Authority networks(String... networks) {
            return set("networks", List.of(networks));
        }

        public Authority competences(String... competences) {
            return set("competences", List.of(competences));
        }
    }

    public static final class Contact extends Entry<Contact> {

        /** The key of the authority the contact point belongs to. */
        public Contact authority(String authorityKey) {
            return set("authority", authorityKey);
        }

        public Contact role(String role) {
            return set("role", role);
        }

        public Contact personName(String personName) {
            return set("personName", personName);
        }

        public Contact email(String email) {
            return set("email", email);
        }

        public Contact phone(String phone) {
            return set("phone", phone);
        }

        public Contact languages(String... languages) {
            return set("languages", List.of(languages));
        }

        /** One more channel: {@code {"type": …, "address": …}}. */
        public Contact channel(String type, String address) {
            Map<String, Object> channel = new LinkedHashMap<>();
            channel.put("type", type);
            channel.put("address", address);
            return append("channels", channel);
        }

        public Contact competences(String... competences) {
            return set("competences", List.of(competences));
        }

        public Contact networks(String... networks) {
            return set("networks", List.of(networks));
        }

        public Contact personalDetailsVisibility(String visibility) {
            return set("personalDetailsVisibility", visibility);
        }

        public Contact lastVerified(String isoDate) {
            return set("lastVerified", isoDate);
        }
    }

    public static final class Resource extends Entry<Resource> {

        public Resource name(String name) {
            return set("name", name);
        }

        public Resource acronym(String acronym) {
            return set("acronym", acronym);
        }

        public Resource kind(String kind) {
            return set("kind", kind);
        }

        public Resource url(String url) {
            return set("url", url);
        }

        public Resource access(String access) {
            return set("access", access);
        }

        public Resource operator(String operator) {
            return set("operator", operator);
        }

        public Resource ictCategories(String... categories) {
            return set("ictCategories", List.of(categories));
        }
    }

    public static final class Practice extends Entry<Practice> {

        public Practice title(String title) {
            return set("title", title);
        }

        public Practice country(String country) {
            return set("country", country);
        }

        public Practice summary(String summary) {
            return set("summary", summary);
        }

        public Practice body(String body) {
            return set("body", body);
        }

        public Practice ictCategories(String... categories) {
            return set("ictCategories", List.of(categories));
        }

        public Practice challenges(String... challenges) {
            return set("challenges", List.of(challenges));
        }

        /** Where the practice comes from: {@code {"type": …, "year": …}}. */
        public Practice source(Consumer<Source> spec) {
            Source source = new Source();
            spec.accept(source);
            return set("source", source);
        }

        /** One more answer in free text: {@code {"question": …, "answer": …}}. */
        public Practice answer(String question, String text) {
            return answer(question, a -> a.answer(text));
        }

        /** One more answer, in the order given (the reader orders them by question number). */
        public Practice answer(String question, Consumer<Answer> spec) {
            Answer answer = new Answer().set("question", question);
            spec.accept(answer);
            return append("answers", answer);
        }
    }

    public static final class Source extends Entry<Source> {

        public Source type(String type) {
            return set("type", type);
        }

        public Source questionnaire(String questionnaire) {
            return set("questionnaire", questionnaire);
        }

        public Source respondent(String respondent) {
            return set("respondent", respondent);
        }

        public Source year(int year) {
            return set("year", year);
        }
    }

    public static final class Answer extends Entry<Answer> {

        public Answer prompt(String prompt) {
            return set("prompt", prompt);
        }

        public Answer answer(String text) {
            return set("answer", text);
        }

        public Answer choice(String choice) {
            return set("choice", choice);
        }

        public Answer options(String... options) {
            return set("options", List.of(options));
        }
    }
}
