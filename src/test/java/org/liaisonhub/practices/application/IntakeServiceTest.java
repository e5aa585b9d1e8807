package org.liaisonhub.practices.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.platform.application.RateLimitExceededException;
import org.liaisonhub.platform.application.RateLimitService;
import org.liaisonhub.platform.application.RateLimitedAction;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.domain.Choice;
import org.liaisonhub.practices.domain.PracticeAnswer;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.SourceType;
import org.liaisonhub.practices.intake.MappedAnswer;
import org.liaisonhub.practices.intake.QuestionnaireMapping;
import org.liaisonhub.practices.intake.QuestionnaireParserTest;
import org.liaisonhub.practices.intake.UnreadableDocumentException;

class IntakeServiceTest {

    /** Counts the uploads it is asked about; refuses every one after {@code allowed}. */
    static final class CountingLimits extends RateLimitService {
        final List<String> counted = new ArrayList<>();
        final int allowed;

        CountingLimits(int allowed) {
            this.allowed = allowed;
        }

        @Override
        public Optional<Duration> tryAcquire(RateLimitedAction action, String address) {
            counted.add(action + " " + address);
            return counted.size() <= allowed ? Optional.empty() : Optional.of(Duration.ofMillis(4_200));
        }
    }

    private final CountingLimits limits = new CountingLimits(100);
    private final IntakeService intake = new IntakeService(limits);

    private static byte[] sweden() throws IOException {
        return QuestionnaireParserTest.sweden().getBytes(StandardCharsets.UTF_8);
    }

    private static final String TICKED = """
            1. Has the Government used information and communication technologies (ICTs) in the context of
            international cooperation for the implementation of the Convention? **Yes** / No

            a. If yes, which ICTs has the Government used in the context of international cooperation? Please
            choose one or more of the options below:

            - [x] Email/messaging technologies
            - **Case management systems**
            """;

    @Test
    void draft_holdsTheSourceTextTheMappingAndTheTickedCategories() throws IOException {
        byte[] content = TICKED.getBytes(StandardCharsets.UTF_8);

        IntakeDraft draft = intake.draft("answer.txt", content.length, () -> content, "192.0.2.1");

        assertThat(draft.sourceText()).isEqualTo(TICKED);
        assertThat(draft.mapping().answer("1").choice()).isEqualTo("YES");
        assertThat(draft.ictCategories()).containsExactly(IctCategory.EMAIL_MESSAGING, IctCategory.CASE_MANAGEMENT);
        assertThat(draft.challenges()).isEmpty();
        assertThat(draft.question("1a").options()).isNotEmpty();
        assertThat(limits.counted).containsExactly("INTAKE 192.0.2.1");
    }

    @Test
    void draft_ofAFileOverTheLimit_isRefusedBeforeItCountsOrIsRead() {
        assertThatThrownBy(() -> intake.draft(
                        "big.txt",
                        IntakeService.MAX_BYTES + 1L,
                        () -> {
                            throw new AssertionError("the content must not be read");
                        },
                        "192.0.2.1"))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessage("The file is larger than 10 MiB.");
        assertThat(limits.counted).isEmpty();
    }

    @Test
    void draft_beyondTheRateLimit_isRefusedBeforeTheFileIsRead() throws IOException {
        IntakeService strict = new IntakeService(new CountingLimits(0));
        byte[] content = sweden();

        assertThatThrownBy(() -> strict.draft(
                        "sweden.txt",
                        content.length,
                        () -> {
                            throw new AssertionError("the content must not be read");
                        },
                        "192.0.2.1"))
                .isInstanceOf(RateLimitExceededException.class)
                .satisfies(e -> assertThat(((RateLimitExceededException) e).retryAfterSeconds())
                        .isEqualTo(5));
    }

    @Test
    void draft_ofAnUnreadableFile_saysWhy() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

        assertThatThrownBy(() -> intake.draft("scan.png", png.length, () -> png, "192.0.2.1"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("DOCX, PDF");
    }

    @Test
    void map_countsTheCallBeforeReadingTheBody_andMapsTheAnswer() throws IOException {
        InputStream body = new ByteArrayInputStream(sweden()) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                assertThat(limits.counted).as("counted before the body is read").hasSize(1);
                return super.read(b, off, len);
            }
        };

        QuestionnaireMapping mapping = intake.map("sweden.txt", body, "192.0.2.7");

        assertThat(mapping.answer("3").answer()).startsWith("The Swedish Prosecution Authority has not developed");
        assertThat(limits.counted).containsExactly("INTAKE 192.0.2.7");
    }

    @Test
    void map_ofABodyOverTheLimit_isRefusedAsTooLarge() {
        byte[] big = new byte[IntakeService.MAX_BYTES + 1];

        assertThatThrownBy(() -> intake.map("big.txt", new ByteArrayInputStream(big), "192.0.2.1"))
                .isInstanceOf(DocumentTooLargeException.class);
        assertThat(intake.map(
                                "small.txt",
                                new ByteArrayInputStream(TICKED.getBytes(StandardCharsets.UTF_8)),
                                "192.0.2.1")
                        .answer("1")
                        .choice())
                .isEqualTo("YES");
    }

    @Test
    void map_whoseBodyBreaksOff_isTooLarge_asTheServerEndsBodiesOverItsLimitThatWay() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("UT000020: Connection terminated as request was larger than 10485760");
            }
        };

        assertThatThrownBy(() -> intake.map("a.txt", broken, "192.0.2.1"))
                .isInstanceOf(DocumentTooLargeException.class);
    }

    @Test
    void content_isAQuestionnaireResponse_tidied() {
        ReviewedIntake review = new ReviewedIntake(
                "  Sweden – reviewed  ",
                " se ",
                "   ",
                "  Åklagarmyndigheten ",
                2023,
                Visibility.MEMBERS,
                Set.of(IctCategory.DATABASES),
                Set.of(Challenge.LACK_OF_RESOURCES),
                List.of(
                        new MappedAnswer("2", "Please provide…", "  The EJN Atlas.\n", "", List.of(), true),
                        new MappedAnswer("1", "Has the Government…", null, "YES", List.of(), true),
                        new MappedAnswer("1a", "If yes, which ICTs…", "", null, List.of("Databases"), false)));

        PracticeContent content = intake.content(review);

        assertThat(content.title()).isEqualTo("Sweden – reviewed");
        assertThat(content.country()).isEqualTo("SE");
        assertThat(content.summary()).isNull();
        assertThat(content.visibility()).isEqualTo(Visibility.MEMBERS);
        assertThat(content.ictCategories()).containsExactly(IctCategory.DATABASES);
        assertThat(content.challenges()).containsExactly(Challenge.LACK_OF_RESOURCES);
        assertThat(content.source().type()).isEqualTo(SourceType.QUESTIONNAIRE_RESPONSE);
        assertThat(content.source().questionnaire()).isEqualTo(IntakeService.QUESTIONNAIRE.title());
        assertThat(content.source().respondent()).isEqualTo("Åklagarmyndigheten");
        assertThat(content.source().year()).isEqualTo(2023);
        assertThat(content.answers()).extracting(PracticeAnswer::getQuestion).containsExactly("1", "1a", "2");
        assertThat(content.answers()).extracting(PracticeAnswer::getChoice).containsExactly(Choice.YES, null, null);
        assertThat(content.answers()).extracting(PracticeAnswer::getAnswer).containsExactly("", "", "The EJN Atlas.");
        assertThat(content.answers().get(1).getOptions()).containsExactly("Databases");
    }
}
