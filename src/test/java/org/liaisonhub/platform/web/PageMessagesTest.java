package org.liaisonhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.application.FacesMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class PageMessagesTest {

    private final List<FacesMessage> page = new ArrayList<>();

    private final PageMessages messages = new PageMessages(
            new ListResourceBundle() {
                @Override
                protected Object[][] getContents() {
                    return new Object[][] {
                        {"saved", "Saved."}, {"tooLarge", "At most {0} MB, not {1}."}, {"quote", "The editor''s copy"}
                    };
                }
            },
            Locale.FRENCH,
            page::add);

    @Test
    void formatsArgumentsInTheViewersLanguage() {
        assertThat(messages.format("tooLarge", 20, 1234.5))
                .isEqualTo("At most 20 MB, not "
                        + java.text.NumberFormat.getInstance(Locale.FRENCH).format(1234.5) + ".")
                .contains("234,5");
        assertThat(messages.format("quote")).isEqualTo("The editor's copy");
    }

    @Test
    void aMissingKeyFailsLoudlyUnlessAFallbackIsGiven() {
        assertThatThrownBy(() -> messages.text("nope")).isInstanceOf(MissingResourceException.class);
        assertThat(messages.textOr("nope", "as typed")).isEqualTo("as typed");
        assertThat(messages.textOr("saved", "as typed")).isEqualTo("Saved.");
    }

    @Test
    void addsMessagesToThePageWithTheirSeverity() {
        messages.info("saved");
        messages.error("tooLarge", 20, 21);
        messages.add(FacesMessage.SEVERITY_WARN, "composed");
        assertThat(page)
                .extracting(FacesMessage::getSeverity)
                .containsExactly(FacesMessage.SEVERITY_INFO, FacesMessage.SEVERITY_ERROR, FacesMessage.SEVERITY_WARN);
        assertThat(page)
                .extracting(FacesMessage::getSummary)
                .containsExactly("Saved.", "At most 20 MB, not 21.", "composed");
    }
}
