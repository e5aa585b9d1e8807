package org.liaisonhub.editorial.web;

import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.editorial.application.PracticePublishing;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.platform.application.RateLimitService;
import org.liaisonhub.platform.application.RateLimitedAction;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.domain.Choice;
import org.liaisonhub.practices.domain.PracticeAnswer;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.PracticeSource;
import org.liaisonhub.practices.domain.SourceType;
import org.liaisonhub.practices.intake.DocumentText;
import org.liaisonhub.practices.intake.MappedAnswer;
import org.liaisonhub.practices.intake.Question;
import org.liaisonhub.practices.intake.Questionnaire;
import org.liaisonhub.practices.intake.QuestionnaireMapping;
import org.liaisonhub.practices.intake.QuestionnaireParser;
import org.liaisonhub.practices.intake.TickedCategories;
import org.liaisonhub.practices.intake.UnreadableDocumentException;
import org.liaisonhub.security.Viewer;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /editorial/intake.xhtml}: an editor uploads an answered questionnaire, reviews the mapping question by
 * question beside the extracted text, corrects it and publishes it as a good practice. Nothing is stored until
 * "publish", which stores the whole practice in one transaction or nothing.
 */
@Named
@ViewScoped
public class IntakeReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Questionnaire QUESTIONNAIRE = Questionnaire.ICT_INTERNATIONAL_COOPERATION;

    @Inject
    transient PracticePublishing publishing;

    @Inject
    transient Viewer viewer;

    @Inject
    transient FacesContext faces;

    @Inject
    transient RateLimitService rateLimits;

    private transient UploadedFile file;
    private String fileName;
    private String sourceText;
    private List<String> notes = List.of();
    private List<IntakeAnswer> answers = List.of();
    private String key;
    private String title;
    private String country;
    private String respondent;
    private Integer year;
    private String summary;
    private String visibility = Visibility.PUBLIC.name();
    private List<String> ictCategories = new ArrayList<>();
    private List<String> challenges = new ArrayList<>();
    private String publishedKey;

    public void upload() {
        publishedKey = null;
        if (file == null || file.getSize() == 0) {
            error(text("intake.noFile"));
            return;
        }
        if (file.getSize() > DocumentText.MAX_BYTES) {
            error(java.text.MessageFormat.format(text("intake.tooLarge"), DocumentText.MAX_BYTES / (1024 * 1024)));
            return;
        }
        String address = ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest())
                .getRemoteAddr();
        var wait = rateLimits.tryAcquire(RateLimitedAction.INTAKE, address);
        if (wait.isPresent()) {
            error(java.text.MessageFormat.format(text("intake.tooMany"), rateLimits.limit(RateLimitedAction.INTAKE),
                    Math.max(1, (wait.get().toMillis() + 999) / 1000)));
            return;
        }
        String extracted;
        try {
            extracted = DocumentText.extract(file.getContent(), file.getFileName());
        } catch (UnreadableDocumentException e) {
            error(text("intake.unreadable") + " " + e.getMessage());
            return;
        }
        QuestionnaireMapping mapping = new QuestionnaireParser(QUESTIONNAIRE).parse(extracted);
        fileName = file.getFileName();
        sourceText = extracted;
        notes = mapping.notes();
        List<IntakeAnswer> edited = new ArrayList<>();
        for (MappedAnswer a : mapping.answers()) {
            Question q = QUESTIONNAIRE.questions().stream().filter(x -> x.number().equals(a.question())).findFirst()
                    .orElse(null);
            edited.add(new IntakeAnswer(a.question(), a.prompt(), q != null && q.yesNo(),
                    q == null ? List.of() : q.options(), a.found(), a.answer(), a.choice(), a.options()));
        }
        answers = edited;
        ictCategories = new ArrayList<>(TickedCategories.ictCategories(QUESTIONNAIRE, ticked("1a")).stream()
                .map(Enum::name).toList());
        challenges = new ArrayList<>(TickedCategories.challenges(QUESTIONNAIRE, ticked("6")).stream()
                .map(Enum::name).toList());
        file = null;
    }

    private List<String> ticked(String question) {
        return answers.stream().filter(a -> a.getQuestion().equals(question)).findFirst()
                .map(IntakeAnswer::optionList).orElse(List.of());
    }

    public void publish() {
        List<PracticeAnswer> mapped = answers.stream().map(a -> new PracticeAnswer(a.getQuestion(), a.getPrompt(),
                a.getAnswer() == null ? "" : a.getAnswer().strip(),
                a.getChoice() == null || a.getChoice().isBlank() ? null : Choice.valueOf(a.getChoice()),
                a.optionList())).toList();
        Set<IctCategory> icts = EnumSet.noneOf(IctCategory.class);
        ictCategories.forEach(c -> icts.add(IctCategory.valueOf(c)));
        Set<Challenge> chosen = EnumSet.noneOf(Challenge.class);
        challenges.forEach(c -> chosen.add(Challenge.valueOf(c)));
        String code = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        PracticeContent content = new PracticeContent(title == null ? null : title.strip(), code,
                blankToNull(summary), null, icts, chosen, Visibility.valueOf(visibility),
                new PracticeSource(SourceType.QUESTIONNAIRE_RESPONSE, QUESTIONNAIRE.title(), blankToNull(respondent),
                        year), mapped);
        try {
            publishing.publish(key, content, viewer);
        } catch (InvalidDocumentException e) {
            for (Problem p : e.problems()) {
                error((p.field() == null ? "" : p.field() + ": ") + p.message());
            }
            return;
        }
        publishedKey = key.strip();
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
        key = null;
        title = null;
        country = null;
        respondent = null;
        year = null;
        summary = null;
        ictCategories = new ArrayList<>();
        challenges = new ArrayList<>();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String text(String key) {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return msg.getString(key);
    }

    private void error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public boolean isMapped() {
        return sourceText != null;
    }

    public long getMaxBytes() {
        return DocumentText.MAX_BYTES;
    }

    public int getMaxMegabytes() {
        return DocumentText.MAX_BYTES / (1024 * 1024);
    }

    public List<String> getCountryCodes() {
        Locale locale = faces.getViewRoot().getLocale();
        return java.util.Arrays.stream(Locale.getISOCountries())
                .sorted(java.util.Comparator.comparing((String c) -> IsoCodes.countryName(c, locale))).toList();
    }

    public String countryName(String code) {
        return IsoCodes.countryName(code, faces.getViewRoot().getLocale());
    }

    public int getCurrentYear() {
        return Year.now().getValue();
    }

    public List<String> getIctValues() {
        return java.util.Arrays.stream(IctCategory.values()).map(Enum::name).toList();
    }

    public List<String> getChallengeValues() {
        return java.util.Arrays.stream(Challenge.values()).map(Enum::name).toList();
    }

    public List<String> getVisibilityValues() {
        return java.util.Arrays.stream(Visibility.values()).map(Enum::name).toList();
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

    public List<IntakeAnswer> getAnswers() {
        return answers;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRespondent() {
        return respondent;
    }

    public void setRespondent(String respondent) {
        this.respondent = respondent;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public List<String> getIctCategories() {
        return ictCategories;
    }

    public void setIctCategories(List<String> ictCategories) {
        this.ictCategories = ictCategories == null ? new ArrayList<>() : new ArrayList<>(ictCategories);
    }

    public List<String> getChallenges() {
        return challenges;
    }

    public void setChallenges(List<String> challenges) {
        this.challenges = challenges == null ? new ArrayList<>() : new ArrayList<>(challenges);
    }

    public String getPublishedKey() {
        return publishedKey;
    }
}
