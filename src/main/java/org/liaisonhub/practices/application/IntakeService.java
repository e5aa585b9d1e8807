package org.liaisonhub.practices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.liaisonhub.platform.application.RateLimit;
import org.liaisonhub.platform.application.RateLimitExceededException;
import org.liaisonhub.platform.application.RateLimitService;
import org.liaisonhub.platform.application.RateLimitedAction;
import org.liaisonhub.practices.domain.Choice;
import org.liaisonhub.practices.domain.PracticeAnswer;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.PracticeSource;
import org.liaisonhub.practices.domain.SourceType;
import org.liaisonhub.practices.intake.DocumentText;
import org.liaisonhub.practices.intake.MappedAnswer;
import org.liaisonhub.practices.intake.Questionnaire;
import org.liaisonhub.practices.intake.QuestionnaireMapping;
import org.liaisonhub.practices.intake.QuestionnaireParser;
import org.liaisonhub.practices.intake.TickedCategories;
import org.liaisonhub.practices.intake.UnreadableDocumentException;

/**
 * Questionnaire intake, the one way in for the review page ({@code editorial.web.IntakeReviewView}) and
 * {@code POST /api/intake}: an uploaded answer is counted against the per-address rate limit, held to
 * {@link #MAX_BYTES}, read ({@link DocumentText}) and mapped onto the questionnaire ({@link QuestionnaireParser});
 * a reviewed answer becomes a good practice's content. Storing it is the editorial feature's job (publishing goes
 * through the import).
 * <p>
 * A use case, so it lives in {@code application} with the other services; {@code practices.intake} stays what it is,
 * text out of files and the parser, plain classes without the container or the platform, tested on their own.
 * <p>
 * Errors: {@link RateLimitExceededException}, {@link DocumentTooLargeException} and
 * {@link UnreadableDocumentException}, each with a message for the editor; the page shows them in its own words, the
 * API maps them to 429, 413 and 400.
 */
@ApplicationScoped
public class IntakeService {

    public static final int MAX_BYTES = DocumentText.MAX_BYTES;
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    /** The questionnaire uploads answer: the only one Liaison knows so far. */
    static final Questionnaire QUESTIONNAIRE = Questionnaire.ICT_INTERNATIONAL_COOPERATION;

    private final RateLimitService rateLimits;
    private final QuestionnaireParser parser = new QuestionnaireParser(QUESTIONNAIRE);

    IntakeService() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public IntakeService(RateLimitService rateLimits) {
        this.rateLimits = rateLimits;
    }

    /**
     * An upload the page already holds: its size is known before it is read, so a file over the limit is refused
     * before it counts against the rate limit or is loaded into memory; {@code content} is read only if it passes.
     */
    public IntakeDraft draft(String fileName, long size, Supplier<byte[]> content, String address) {
        if (size > MAX_BYTES) {
            throw new DocumentTooLargeException();
        }
        rateLimits.check(RateLimitedAction.INTAKE, address);
        String text = DocumentText.extract(content.get(), fileName);
        QuestionnaireMapping mapping = parser.parse(text);
        return new IntakeDraft(
                QUESTIONNAIRE,
                text,
                mapping,
                TickedCategories.ictCategories(
                        QUESTIONNAIRE, mapping.answer("1a").options()),
                TickedCategories.challenges(QUESTIONNAIRE, mapping.answer("6").options()));
    }

    /**
     * A request body: counted first, so that a flood is refused before any body is read, then read up to one byte
     * over the limit, which is enough to know it is too large.
     */
    public QuestionnaireMapping map(String fileName, InputStream body, String address) {
        rateLimits.check(RateLimitedAction.INTAKE, address);
        byte[] content;
        try {
            content = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            // Undertow ends a body over its max-post-size (configure-server.cli: the same 10 MiB) this way.
            throw new DocumentTooLargeException();
        }
        if (content.length > MAX_BYTES) {
            throw new DocumentTooLargeException();
        }
        return parser.parse(DocumentText.extract(content, fileName));
    }

    /** The limit uploads are counted against now (it can change at run time), for a page's message. */
    public RateLimit uploadLimit() {
        return rateLimits.limit(RateLimitedAction.INTAKE);
    }

    /**
     * The good practice a reviewed answer becomes: a questionnaire response, its texts trimmed, blank ones left out,
     * the country code in capitals. Whether it may be published (key, required fields) is checked where it is.
     */
    public PracticeContent content(ReviewedIntake review) {
        List<PracticeAnswer> answers =
                review.answers().stream().map(IntakeService::practiceAnswer).toList();
        String country =
                review.country() == null ? null : review.country().strip().toUpperCase(Locale.ROOT);
        return new PracticeContent(
                review.title() == null ? null : review.title().strip(),
                country,
                blankToNull(review.summary()),
                null,
                review.ictCategories(),
                review.challenges(),
                review.visibility(),
                new PracticeSource(
                        SourceType.QUESTIONNAIRE_RESPONSE,
                        QUESTIONNAIRE.title(),
                        blankToNull(review.respondent()),
                        review.year()),
                answers);
    }

    private static PracticeAnswer practiceAnswer(MappedAnswer a) {
        return new PracticeAnswer(
                a.question(),
                a.prompt(),
                a.answer() == null ? "" : a.answer().strip(),
                a.choice() == null || a.choice().isBlank() ? null : Choice.valueOf(a.choice()),
                a.options());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
