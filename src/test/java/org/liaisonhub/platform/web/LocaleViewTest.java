package org.liaisonhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleViewTest {

    /** faces-config.xml's locale-config as the Faces application reports it. */
    private static List<String> localeConfig(Locale defaultLocale, Locale... supported) {
        return LocaleView.supported(defaultLocale, List.of(supported).iterator());
    }

    @Test
    void theLanguages_areTheLocaleConfig_defaultFirst_eachOnce() {
        assertThat(localeConfig(Locale.ENGLISH, Locale.FRENCH, new Locale("ar")))
                .containsExactly("en", "fr", "ar");
        assertThat(localeConfig(Locale.ENGLISH, Locale.ENGLISH, Locale.CANADA_FRENCH))
                .containsExactly("en", "fr");
    }

    @Test
    void theSessionsChoice_winsOverTheBrowser_whichWinsOverTheDefault() {
        List<String> supported = List.of("en", "fr", "ar");
        assertThat(LocaleView.language("ar", Locale.FRENCH, supported)).isEqualTo("ar");
        assertThat(LocaleView.language(null, Locale.CANADA_FRENCH, supported)).isEqualTo("fr");
        assertThat(LocaleView.language(null, Locale.GERMAN, supported)).isEqualTo("en");
        assertThat(LocaleView.language(null, null, supported)).isEqualTo("en");
    }

    @Test
    void eachLanguageLink_showsTheLanguagesOwnName_andDirection() {
        LocaleView view = new LocaleView();
        assertThat(view.nativeName("en")).isEqualTo("English");
        assertThat(view.nativeName("fr")).isEqualTo("Français");
        assertThat(view.nativeName("ar")).isEqualTo("العربية");
        assertThat(view.directionOf("ar")).isEqualTo("rtl");
        assertThat(view.directionOf("fr")).isEqualTo("ltr");
        assertThat(LocaleView.isRightToLeft(new Locale("ar"))).isTrue();
        assertThat(LocaleView.isRightToLeft(null)).isFalse();
    }

    @Test
    void languageLinks_keepTheAddressParameters_withoutLang() {
        assertThat(LocaleView.queryWithout("q=EIO&lang=fr&type=contact&type=authority", "lang"))
                .isEqualTo("&q=EIO&type=contact&type=authority");
    }

    @Test
    void languageLinks_reEncodeWhatTheyCopy() {
        assertThat(LocaleView.queryWithout("q=caf%C3%A9+cr%C3%A8me&x=%3Cb%3E", "lang"))
                .isEqualTo("&q=caf%C3%A9+cr%C3%A8me&x=%3Cb%3E");
    }

    @Test
    void languageLinks_dropFacesParameters() {
        assertThat(LocaleView.queryWithout("jakarta.faces.ViewState=123&q=x", "lang"))
                .isEqualTo("&q=x");
    }

    @Test
    void withoutAQueryString_thereIsNothingToCopy_soAPostedPasswordNeverReachesALink() {
        // A POST's fields are not in its query string: this is all a sign-in post gives the language links.
        assertThat(LocaleView.queryWithout(null, "lang")).isEmpty();
        assertThat(LocaleView.queryWithout("", "lang")).isEmpty();
    }

    @Test
    void malformedEscapes_doNotBreakThePage() {
        assertThat(LocaleView.queryWithout("q=100%&lang=en", "lang")).isEqualTo("&q=100%25");
    }
}
