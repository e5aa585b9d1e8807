package org.liaisonhub.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonhub.catalog.validation.ContentRules.REQUIRED;
import static org.liaisonhub.catalog.validation.ContentRules.TOO_LONG;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentRulesTest {

    record Line(@Size(max = 3, message = TOO_LONG) String text, List<@Size(max = 2, message = TOO_LONG) String> tags) {}

    record Form(
            @NotBlank(message = REQUIRED) String title,
            @IsoCountry String country,
            @EmailAddress String email,
            List<@Valid Line> lines) {}

    @Test
    void violations_comeInTheRecordsOrder_eachOnce() {
        Form form = new Form(" ", "XX", "nobody", List.of());

        assertThat(ContentRules.check(form))
                .extracting(RuleViolation::path)
                .containsExactly("title", "country", "email");
        assertThat(ContentRules.check(form).get(0).message()).isEqualTo("is required");
    }

    @Test
    void violationsInsideLists_arePlacedByIndex() {
        Form form =
                new Form("T", "SE", null, List.of(new Line("ok", List.of()), new Line("long", List.of("a", "abc"))));

        assertThat(ContentRules.check(form))
                .containsExactly(
                        new RuleViolation("lines[1].tags[1]", "is longer than 2 characters"),
                        new RuleViolation("lines[1].text", "is longer than 3 characters"));
    }

    @Test
    void checkOfOneComponent_judgesThatComponentOnly() {
        Form form = new Form(null, "XX", "nobody", List.of());

        assertThat(ContentRules.check(form, "country"))
                .extracting(RuleViolation::path)
                .containsExactly("country");
        assertThat(ContentRules.check(form, "lines")).isEmpty();
    }

    @Test
    void aValidRecord_breaksNoRule() {
        assertThat(ContentRules.check(new Form("T", "SE", "desk@example.org", List.of(new Line("ok", List.of("a"))))))
                .isEmpty();
    }
}
