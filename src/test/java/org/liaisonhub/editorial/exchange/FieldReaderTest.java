package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;

class FieldReaderTest {

    private final List<Problem> problems = new ArrayList<>();

    private FieldReader reader(String json) {
        JsonObject record = Json.createReader(new StringReader(json)).readObject();
        return new FieldReader("contacts", "c1", record, problems);
    }

    @Test
    void text_isTrimmed_andBlankOrAbsentTextIsNull_withoutAProblem() {
        FieldReader f = reader("{\"a\": \"  Desk \", \"b\": \"  \", \"c\": null}");

        assertThat(f.text("a")).isEqualTo("Desk");
        assertThat(f.text("b")).isNull();
        assertThat(f.text("c")).isNull();
        assertThat(f.text("d")).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void text_refusesOtherJsonTypesAndControlCharacters() {
        FieldReader f = reader("{\"a\": 42, \"b\": \"bell\\u0007\", \"c\": \"two\\nlines\"}");

        assertThat(f.text("a")).isNull();
        assertThat(f.text("b")).isNull();
        assertThat(f.text("c")).isEqualTo("two\nlines");
        assertThat(problems)
                .extracting(Problem::field, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", "must be a string"),
                        org.assertj.core.groups.Tuple.tuple("b", "contains control characters"));
    }

    @Test
    void requiredText_saysWhetherItWasLeftOutOrBlank() {
        FieldReader f = reader("{\"b\": \" \"}");

        f.requiredText("a");
        f.requiredText("b");

        assertThat(problems)
                .extracting(Problem::message)
                .containsExactly("is required", "is required and must not be blank");
    }

    @Test
    void enums_nameTheAllowedValues_andSetsKeepTheKnownOnes() {
        FieldReader f = reader("{\"level\": \"SECRET\", \"levels\": [\"PUBLIC\", \"SECRET\", \"MEMBERS\"]}");

        assertThat(f.enumValue("level", Visibility.class)).isNull();
        assertThat(f.enumSet("levels", Visibility.class))
                .containsExactlyInAnyOrder(Visibility.PUBLIC, Visibility.MEMBERS);
        assertThat(f.requiredEnum("absent", Visibility.class)).isNull();
        assertThat(problems)
                .extracting(Problem::message)
                .containsExactly(
                        "unknown value 'SECRET'; allowed: PUBLIC, MEMBERS, RESTRICTED",
                        "unknown value 'SECRET'; allowed: PUBLIC, MEMBERS, RESTRICTED",
                        "is required");
    }

    @Test
    void strings_dropBlanks_andNameTheItemOfAnotherType() {
        FieldReader f = reader("{\"names\": [\" EJN \", \"\", 7, \"ejn\", \"GlobE\"]}");

        assertThat(f.strings("names")).containsExactly("EJN", "ejn", "GlobE");
        assertThat(f.textSet("names")).containsExactly("EJN", "GlobE");
        assertThat(problems).extracting(Problem::field).containsExactly("names[2]", "names[2]");
    }

    @Test
    void integer_andDate_areCheckedForWhatTheyCanBe() {
        FieldReader f = reader("{\"year\": 1989, \"half\": 2.5, \"when\": \"2026-13-01\", \"later\": \"%s\","
                        .formatted(LocalDate.now().plusDays(3))
                + " \"ok\": \"2024-02-29\"}");

        assertThat(f.integer("year", 1990, 2100)).isNull();
        assertThat(f.integer("half", 1990, 2100)).isNull();
        assertThat(f.date("when")).isNull();
        assertThat(f.date("later")).isNull();
        assertThat(f.date("ok")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(problems)
                .extracting(Problem::message)
                .containsExactly(
                        "must be between 1990 and 2100",
                        "must be a whole number",
                        "'2026-13-01' is not an ISO date (YYYY-MM-DD)",
                        "'" + LocalDate.now().plusDays(3) + "' is in the future");
    }

    @Test
    void allowOnly_refusesUnknownMembers_andAPartNamesItsProblemsInsideTheRecord() {
        FieldReader f = reader("{\"role\": \"Desk\", \"rolle\": \"x\", \"channel\": {\"kind\": 1}}");

        f.allowOnly("role", "channel");
        f.part("channel", f.object("channel")).allowOnly("type");

        assertThat(problems)
                .extracting(Problem::section, Problem::key, Problem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contacts", "c1", "rolle"),
                        org.assertj.core.groups.Tuple.tuple("contacts", "c1", "channel.kind"));
    }
}
