package org.liaisonhub.practices.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/** Tika's XHTML events, sent by hand, and the text the parser gets from them. */
class MarkdownContentHandlerTest {

    private final MarkdownContentHandler handler = new MarkdownContentHandler(1000);

    private void start(String element) throws SAXException {
        handler.startElement("http://www.w3.org/1999/xhtml", element, element, new AttributesImpl());
    }

    private void end(String element) {
        handler.endElement("http://www.w3.org/1999/xhtml", element, element);
    }

    private void text(String text) throws SAXException {
        handler.characters(text.toCharArray(), 0, text.length());
    }

    @Test
    void paragraphsHeadingsAndListItems_becomeBlocksSeparatedByABlankLine() throws SAXException {
        start("h1");
        text("I. General information");
        end("h1");
        start("p");
        text("Question one?   ");
        end("p");
        start("ul");
        start("li");
        text("Email");
        end("li");
        start("li");
        text("Video");
        end("li");
        end("ul");

        assertThat(handler.text()).isEqualTo("I. General information\n\nQuestion one?\n\n- Email\n\n- Video\n");
    }

    @Test
    void bold_isMarkedOnce_evenNested_andAdjacentRunsJoin() throws SAXException {
        start("p");
        start("b");
        text("Ye");
        end("b");
        start("b");
        start("strong");
        text("s");
        end("strong");
        end("b");
        text(" / No");
        start("br");
        end("br");
        text("next line");
        end("p");

        assertThat(handler.text()).isEqualTo("**Yes** / No\nnext line\n");
    }

    @Test
    void moreCharactersThanTheLimit_stopTheParse_andSaySo() throws SAXException {
        MarkdownContentHandler small = new MarkdownContentHandler(10);
        small.characters("0123456".toCharArray(), 0, 7);

        assertThatThrownBy(() -> small.characters("789ab".toCharArray(), 0, 5)).isInstanceOf(SAXException.class);
        assertThat(small.limitReached()).isTrue();
        assertThat(handler.limitReached()).isFalse();
    }

    @Test
    void anInterruptedParse_stopsAtItsNextEvent_withoutCountingAsTheLimit() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> text("more"))
                    .isInstanceOf(SAXException.class)
                    .hasMessageContaining("given up");
            assertThat(handler.limitReached()).isFalse();
        } finally {
            Thread.interrupted();
        }
    }
}
