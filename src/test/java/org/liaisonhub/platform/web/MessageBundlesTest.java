package org.liaisonhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The interface bundles: French is complete; the Arabic stub only translates keys that exist in English. */
class MessageBundlesTest {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void french_hasEveryEnglishKey_nonEmpty_withTheSamePlaceholders() throws IOException {
        Properties english = bundle("messages");
        Properties french = bundle("messages_fr");

        assertThat(new TreeSet<>(french.stringPropertyNames()))
                .as("keys missing in French")
                .containsAll(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(french.getProperty(key)).as("French " + key).isNotBlank();
            assertThat(new MessageFormat(french.getProperty(key)).getFormats())
                    .as("placeholders of " + key)
                    .hasSameSizeAs(new MessageFormat(english.getProperty(key)).getFormats());
        }
        assertThat(english.stringPropertyNames())
                .as("no French key without English")
                .containsAll(french.stringPropertyNames());
    }

    @Test
    void arabic_translatesOnlyKnownKeys_andFallsBackToEnglish() throws IOException {
        Properties english = bundle("messages");
        Properties arabic = bundle("messages_ar");

        assertThat(arabic.stringPropertyNames()).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(arabic.stringPropertyNames());
        arabic.stringPropertyNames()
                .forEach(k -> assertThat(arabic.getProperty(k)).as(k).isNotBlank());
    }
}
