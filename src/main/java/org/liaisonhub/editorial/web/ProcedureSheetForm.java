package org.liaisonhub.editorial.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AcceptedChannel;
import org.liaisonhub.directory.domain.DoubleCriminality;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;

/**
 * The editor form of a country procedure sheet: every field of the sheet, the ordered lists (channels, languages)
 * as text ({@link ProcedureFormText}). Text that cannot be read (an unknown channel, a date that is not one) is
 * refused with the other problems of the save, by field.
 */
public final class ProcedureSheetForm implements EntryForm<ProcedureSheetContent> {

    private static final long serialVersionUID = 1L;

    private ProcedureSheetContent base;
    private String country;
    private String request = Competence.MLA.name();
    private String authorityKey;
    private String channels;
    private String languages;
    private String languageNote;
    private String encryptionRequired = "";
    private String eSignatureRequired = "";
    private String doubleCriminality;
    private String timeLimitDays;
    private String timeLimits;
    private String evidenceUseLimits;
    private String modelFormUrl;
    private String lastVerified;
    private String visibility = Visibility.PUBLIC.name();

    @Override
    public EntryType type() {
        return EntryType.PROCEDURE;
    }

    @Override
    public Class<ProcedureSheetContent> contentType() {
        return ProcedureSheetContent.class;
    }

    @Override
    public void fill(ProcedureSheetContent content) {
        base = content;
        country = content.country();
        request = content.request().name();
        authorityKey = content.authorityKey();
        channels = ProcedureFormText.channels(content.channels());
        languages = ProcedureFormText.languages(content.languages());
        languageNote = content.languageNote();
        encryptionRequired = ProcedureFormText.answer(content.encryptionRequired());
        eSignatureRequired = ProcedureFormText.answer(content.eSignatureRequired());
        doubleCriminality = content.doubleCriminality() == null
                ? ""
                : content.doubleCriminality().name();
        timeLimitDays = ProcedureFormText.days(content.timeLimitDays());
        timeLimits = content.timeLimits();
        evidenceUseLimits = content.evidenceUseLimits();
        modelFormUrl = content.modelFormUrl();
        lastVerified = ProcedureFormText.date(content.lastVerified());
        visibility = content.visibility().name();
    }

    @Override
    public void rebase(ProcedureSheetContent content) {
        base = content;
    }

    @Override
    public ProcedureSheetContent base() {
        return base;
    }

    /** @throws InvalidDocumentException listing every field that cannot be read */
    @Override
    public ProcedureSheetContent content() {
        List<Problem> problems = new ArrayList<>();
        List<AcceptedChannel> accepted = ProcedureFormText.channels(channels, problems);
        Integer days = ProcedureFormText.days(timeLimitDays, problems);
        var verified = ProcedureFormText.date(lastVerified, problems);
        if (!problems.isEmpty()) {
            String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
            throw new InvalidDocumentException("invalid-entry", count + "; nothing was saved", problems);
        }
        return new ProcedureSheetContent(
                FormText.countryCode(country),
                request == null || request.isEmpty() ? null : Competence.valueOf(request),
                authorityKey,
                accepted,
                ProcedureFormText.languages(languages),
                languageNote,
                ProcedureFormText.answer(encryptionRequired),
                ProcedureFormText.answer(eSignatureRequired),
                doubleCriminality == null || doubleCriminality.isEmpty()
                        ? null
                        : DoubleCriminality.valueOf(doubleCriminality),
                days,
                timeLimits,
                evidenceUseLimits,
                modelFormUrl,
                verified,
                Visibility.valueOf(visibility));
    }

    /** The choices of the request menu. */
    public List<String> getRequests() {
        return Arrays.stream(Competence.values()).map(Enum::name).toList();
    }

    /** The choices of the double-criminality menu ("" for not known). */
    public List<String> getDoubleCriminalities() {
        List<String> out = new ArrayList<>(List.of(""));
        Arrays.stream(DoubleCriminality.values()).map(Enum::name).forEach(out::add);
        return out;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public String getAuthorityKey() {
        return authorityKey;
    }

    public void setAuthorityKey(String authorityKey) {
        this.authorityKey = authorityKey;
    }

    public String getChannels() {
        return channels;
    }

    public void setChannels(String channels) {
        this.channels = channels;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getLanguageNote() {
        return languageNote;
    }

    public void setLanguageNote(String languageNote) {
        this.languageNote = languageNote;
    }

    public String getEncryptionRequired() {
        return encryptionRequired;
    }

    public void setEncryptionRequired(String encryptionRequired) {
        this.encryptionRequired = encryptionRequired;
    }

    public String getESignatureRequired() {
        return eSignatureRequired;
    }

    public void setESignatureRequired(String eSignatureRequired) {
        this.eSignatureRequired = eSignatureRequired;
    }

    public String getDoubleCriminality() {
        return doubleCriminality;
    }

    public void setDoubleCriminality(String doubleCriminality) {
        this.doubleCriminality = doubleCriminality;
    }

    public String getTimeLimitDays() {
        return timeLimitDays;
    }

    public void setTimeLimitDays(String timeLimitDays) {
        this.timeLimitDays = timeLimitDays;
    }

    public String getTimeLimits() {
        return timeLimits;
    }

    public void setTimeLimits(String timeLimits) {
        this.timeLimits = timeLimits;
    }

    public String getEvidenceUseLimits() {
        return evidenceUseLimits;
    }

    public void setEvidenceUseLimits(String evidenceUseLimits) {
        this.evidenceUseLimits = evidenceUseLimits;
    }

    public String getModelFormUrl() {
        return modelFormUrl;
    }

    public void setModelFormUrl(String modelFormUrl) {
        this.modelFormUrl = modelFormUrl;
    }

    public String getLastVerified() {
        return lastVerified;
    }

    public void setLastVerified(String lastVerified) {
        this.lastVerified = lastVerified;
    }

    @Override
    public String getVisibility() {
        return visibility;
    }

    @Override
    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }
}
