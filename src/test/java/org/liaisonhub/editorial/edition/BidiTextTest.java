package org.liaisonhub.editorial.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** Shaping and reading order without a font or a PDF: the strings PdfPages hands to PDFBox. */
class BidiTextTest {

    private static final IntPredicate ANY_FONT = cp -> true;

    /** Authority names of the demo data (Egypt, Morocco, United Arab Emirates). */
    private static final String ACA = "هيئة الرقابة الإدارية";

    private static final String INPPLC = "الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها";
    private static final String MOJ_UAE = "وزارة العدل – إدارة التعاون الدولي";

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    @Test
    void shape_givesEachLetterTheFormOfItsPlaceInTheWord() {
        // heh initial, yeh medial, yeh with hamza medial, teh marbuta final
        assertThat(BidiText.shape("هيئة", ANY_FONT)).isEqualTo("\uFEEB\uFEF4\uFE8C\uFE94");
        // a letter alone: the isolated form
        assertThat(BidiText.shape("ب", ANY_FONT)).isEqualTo("\uFE8F");
    }

    @Test
    void shape_setsLamAlefAsTheirMandatoryLigature() {
        assertThat(BidiText.shape("لا", ANY_FONT)).isEqualTo("\uFEFB");
        assertThat(BidiText.shape("الإدارية", ANY_FONT))
                .hasSize("الإدارية".length() - 1)
                .contains("\uFEF9");
    }

    @Test
    void shape_changesOnlyTheLetterForms_nfkcGivesBackTheNamesAsTyped() {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        for (String name : List.of(ACA, INPPLC, MOJ_UAE)) {
            String shaped = BidiText.shape(name, ANY_FONT);
            assertThat(shaped).as(name).isNotEqualTo(name);
            assertThat(shaped.chars().filter(c -> c >= 0x0621 && c <= 0x064A))
                    .as("no letter left unshaped in " + name)
                    .isEmpty();
            assertThat(nfkc.normalize(shaped)).isEqualTo(name);
        }
    }

    @Test
    void shape_leavesOtherScriptsAlone() {
        String text = "Главное управление · 最高人民检察院 · Office · Ελληνική";
        assertThat(BidiText.shape(text, ANY_FONT)).isSameAs(text);
        assertThat(BidiText.shape("UAE (" + MOJ_UAE + ") +971 2 000 0000", ANY_FONT))
                .startsWith("UAE (")
                .endsWith(") +971 2 000 0000");
    }

    @Test
    void shape_keepsTheLettersOfAWordWhoseFormsTheFontLacks() {
        IntPredicate noPresentationForms = cp -> !BidiText.presentationForm(cp);
        assertThat(BidiText.shape(ACA, noPresentationForms)).isEqualTo(ACA);
    }

    @Test
    void anArabicParagraph_readsFromTheRight_drawnReversed() {
        String shaped = BidiText.shape(ACA, ANY_FONT);
        BidiText paragraph = BidiText.of(shaped);

        assertThat(paragraph.rightToLeft()).isTrue();
        assertThat(paragraph.visual()).isEqualTo(reversed(shaped));
    }

    @Test
    void aLatinParagraph_withAnArabicName_staysLeftToRight_andReversesOnlyTheName() {
        String arabic = BidiText.shape(ACA, ANY_FONT);
        BidiText paragraph = BidiText.of("EG · Administrative Control Authority (" + arabic + ") aca@example.eg");

        assertThat(paragraph.rightToLeft()).isFalse();
        assertThat(paragraph.visual())
                .isEqualTo("EG · Administrative Control Authority (" + reversed(arabic) + ") aca@example.eg");
    }

    @Test
    void anArabicParagraph_keepsNumbersAndAddressesLeftToRight_atItsEnd_onTheLeft() {
        String arabic = BidiText.shape("النيابة العامة", ANY_FONT);
        BidiText paragraph = BidiText.of(arabic + " 123 ppo@example.eg");

        assertThat(paragraph.rightToLeft()).isTrue();
        assertThat(paragraph.visual()).isEqualTo("ppo@example.eg 123 " + reversed(arabic));
    }

    @Test
    void bracketsInsideRightToLeftText_areMirrored() {
        String authority = BidiText.shape("الهيئة", ANY_FONT);
        String country = BidiText.shape("مصر", ANY_FONT);

        assertThat(BidiText.of(authority + " (" + country + ")").visual())
                .isEqualTo("(" + reversed(country) + ") " + reversed(authority));
    }

    @Test
    void aWrappedArabicParagraph_startsOnItsFirstLine_eachLineReorderedOnItsOwn() {
        String shaped = BidiText.shape(INPPLC, ANY_FONT);
        BidiText paragraph = BidiText.of(shaped);
        int cut = shaped.indexOf(' ', shaped.length() / 2);

        String first = paragraph.visual(0, cut);
        String second = paragraph.visual(cut + 1, shaped.length());

        assertThat(first).isEqualTo(reversed(shaped.substring(0, cut)));
        assertThat(second).isEqualTo(reversed(shaped.substring(cut + 1)));
        assertThat(paragraph.visual(cut, cut)).isEmpty();
    }

    @Test
    void vowelMarks_stayCombining_andPrecedeTheirLetterInDrawingOrder_whereTheFontPutsThemOverIt() {
        // beh with damma: ICU alone would give the spacing "damma isolated form" U+FE78
        assertThat(BidiText.shape("بُ", ANY_FONT)).isEqualTo("\uFE8F\u064F");
        assertThat(BidiText.of(BidiText.shape("بُ", ANY_FONT)).visual()).isEqualTo("\u064F\uFE8F");
        // "تُقيَّد": damma, fatha and shadda keep their code points, every letter is joined
        String shaped = BidiText.shape("تُقيَّد", ANY_FONT);
        assertThat(shaped).isEqualTo("\uFE97\u064F\uFED8\uFEF4\u064E\u0651\uFEAA");
        assertThat(shaped.chars().filter(c -> c >= 0xFE70 && c <= 0xFE7F)).isEmpty();
    }

    @Test
    void directionMarks_steerTheOrder_andAreNotDrawn() {
        BidiText marked = BidiText.of("\u200F" + "123 abc");
        assertThat(marked.rightToLeft()).as("a right-to-left mark first").isTrue();
        assertThat(marked.visual()).isEqualTo("abc 123");
        assertThat(BidiText.of("a\u061Cb\u2067c\u2069\u200E").visual()).isEqualTo("abc");
        assertThat(BidiText.control('\u061C')).isTrue();
        assertThat(BidiText.control('a')).isFalse();
    }
}
