package org.liaisonhub.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON-B deserializers for request-body records that take a field only in the JSON type the call documents. JSON-B
 * converts between scalars on its own: the string {@code "perhaps"} becomes the boolean {@code false}, the number
 * {@code 5} the string {@code "5"}. A record component marked {@code @JsonbTypeDeserializer(StrictJson.Text.class)}
 * (or {@code Flag}, {@code TextList}) reads a value of another type as absent, so the resource answers it as it
 * answers a missing field, with the field's own message.
 */
public final class StrictJson {

    private StrictJson() {}

    /** A JSON string, else absent. */
    public static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return parser.getValue() instanceof JsonString s ? s.getString() : null;
        }
    }

    /** {@code true} or {@code false}, else absent. */
    public static final class Flag implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return value == JsonValue.TRUE ? Boolean.TRUE : value == JsonValue.FALSE ? Boolean.FALSE : null;
        }
    }

    /**
     * An array, else absent; its strings as they are, any other element as its JSON text (so that a list of names
     * can say which element it does not know).
     */
    public static final class TextList implements JsonbDeserializer<List<String>> {
        @Override
        public List<String> deserialize(JsonParser parser, DeserializationContext context, Type type) {
            if (!(parser.getValue() instanceof JsonArray array)) {
                return null;
            }
            List<String> texts = new ArrayList<>(array.size());
            for (JsonValue element : array) {
                texts.add(element instanceof JsonString s ? s.getString() : element.toString());
            }
            return texts;
        }
    }
}
