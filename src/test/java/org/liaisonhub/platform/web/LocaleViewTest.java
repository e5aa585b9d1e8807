package org.liaisonhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocaleViewTest {

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
        assertThat(LocaleView.queryWithout("jakarta.faces.ViewState=123&q=x", "lang")).isEqualTo("&q=x");
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
