package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.directory.domain.Availability;

class AvailabilityReaderTest {

    private final List<Problem> problems = new ArrayList<>();

    private FieldReader record(String json) {
        return new FieldReader(
                "contacts", "k1", Json.createReader(new StringReader(json)).readObject(), problems);
    }

    @Test
    void availability_readsTheThreeMembers() {
        Availability a = AvailabilityReader.availability(record("""
                {"availability": {"aroundTheClock": true, "officeHours": " Mon-Fri 08:00-16:30 ",
                                  "timeZone": "Europe/Paris"}}"""));

        assertThat(a).isEqualTo(Availability.of(true, "Mon-Fri 08:00-16:30", "Europe/Paris"));
        assertThat(problems).isEmpty();
    }

    @Test
    void availability_isOptional_andNotAroundTheClockUnlessSaid() {
        assertThat(AvailabilityReader.availability(record("{\"role\": \"Desk\"}")))
                .isNull();
        assertThat(AvailabilityReader.availability(record("{\"availability\": null}")))
                .isNull();
        assertThat(AvailabilityReader.availability(record("{\"availability\": {\"timeZone\": \"Europe/Oslo\"}}")))
                .isEqualTo(Availability.of(false, null, "Europe/Oslo"));
        assertThat(problems).isEmpty();
    }

    @Test
    void badAvailability_isAProblemPerMember_namedUnderAvailability() {
        AvailabilityReader.availability(record("""
                {"availability": {"aroundTheClock": "yes", "officeHours": 8, "holidays": "none"}}"""));
        AvailabilityReader.availability(record("{\"availability\": \"always\"}"));

        assertThat(problems)
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "availability.holidays",
                        "availability.aroundTheClock",
                        "availability.officeHours",
                        "availability");
    }
}
