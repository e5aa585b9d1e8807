package org.liaisonhub.editorial.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Year;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.editorial.application.PracticePublishing;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.platform.application.RateLimitExceededException;
import org.liaisonhub.platform.web.PageMessages;
import org.liaisonhub.practices.application.DocumentTooLargeException;
import org.liaisonhub.practices.application.IntakeDraft;
import org.liaisonhub.practices.application.IntakeService;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.intake.UnreadableDocumentException;
import org.liaisonhub.security.Viewer;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /editorial/intake.xhtml}: an editor uploads an answered questionnaire, reviews the mapping question by
 * question beside the extracted text, corrects it and publishes it as a good practice. Nothing is stored until
 * "publish", which stores the whole practice in one transaction or nothing. Reading, mapping and turning the review
 * into a practice's content are {@link IntakeService}'s; this bean holds the form and says what happened.
 */
@Named
@ViewScoped
public class IntakeReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeService intake;

    @Inject
    transient PracticePublishing publishing;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    private transient UploadedFile file;
    private String fileName;
    private String sourceText;
    private List<String> notes = List.of();
    private List<IntakeAnswerForm> answers = List.of();
    private IntakePracticeForm practice = new IntakePracticeForm();
    private String publishedKey;

    public void upload() {
        publishedKey = null;
        PageMessages messages = PageMessages.of(faces);
        if (file == null || file.getSize() == 0) {
            messages.error("intake.noFile");
            return;
        }
        IntakeDraft draft;
        try {
            draft = intake.draft(
                    file.getFileName(),
                    file.getSize(),
                    file::getContent,
                    ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr());
        } catch (DocumentTooLargeException e) {
            messages.error("intake.tooLarge", IntakeService.MAX_MEGABYTES);
            return;
        } catch (RateLimitExceededException e) {
            messages.error("intake.tooMany", intake.uploadLimit(), e.retryAfterSeconds());
            return;
        } catch (UnreadableDocumentException e) {
            messages.add(FacesMessage.SEVERITY_ERROR, messages.text("intake.unreadable") + " " + e.getMessage());
            return;
        }
        fileName = file.getFileName();
        sourceText = draft.sourceText();
        notes = draft.mapping().notes();
        answers = draft.mapping().answers().stream()
                .map(a -> new IntakeAnswerForm(draft.question(a.question()), a))
                .toList();
        practice.setIctCategories(draft.ictCategories().stream().map(Enum::name).toList());
        practice.setChallenges(draft.challenges().stream().map(Enum::name).toList());
        file = null;
    }

    public void publish() {
        PracticeContent content = intake.content(practice.review(
                answers.stream().map(IntakeAnswerForm::corrected).toList()));
        try {
            publishing.publish(practice.getKey(), content, viewer);
        } catch (InvalidDocumentException e) {
            PageMessages messages = PageMessages.of(faces);
            for (Problem p : e.problems()) {
                messages.add(FacesMessage.SEVERITY_ERROR, (p.field() == null ? "" : p.field() + ": ") + p.message());
            }
            return;
        }
        publishedKey = practice.getKey().strip();
        reset();
    }

    public void startOver() {
        publishedKey = null;
        reset();
    }

    private void reset() {
        sourceText = null;
        fileName = null;
        answers = List.of();
        notes = List.of();
        String visibility = practice.getVisibility(); // the next upload is likely meant for the same audience
        practice = new IntakePracticeForm();
        practice.setVisibility(visibility);
    }

    public boolean isMapped() {
        return sourceText != null;
    }

    public long getMaxBytes() {
        return IntakeService.MAX_BYTES;
    }

    public int getMaxMegabytes() {
        return IntakeService.MAX_MEGABYTES;
    }

    public List<String> getCountryCodes() {
        Locale locale = faces.getViewRoot().getLocale();
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String c) -> IsoCodes.countryName(c, locale)))
                .toList();
    }

    public String countryName(String code) {
        return IsoCodes.countryName(code, faces.getViewRoot().getLocale());
    }

    public int getCurrentYear() {
        return Year.now().getValue();
    }

    public List<String> getIctValues() {
        return Arrays.stream(IctCategory.values()).map(Enum::name).toList();
    }

    public List<String> getChallengeValues() {
        return Arrays.stream(Challenge.values()).map(Enum::name).toList();
    }

    public List<String> getVisibilityValues() {
        return Arrays.stream(Visibility.values()).map(Enum::name).toList();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSourceText() {
        return sourceText;
    }

    public List<String> getNotes() {
        return notes;
    }

    public List<IntakeAnswerForm> getAnswers() {
        return answers;
    }

    public IntakePracticeForm getPractice() {
        return practice;
    }

    public String getPublishedKey() {
        return publishedKey;
    }
}
