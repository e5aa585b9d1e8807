package org.liaisonhub.editorial.web;

import java.util.List;
import java.util.Set;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.PracticeSource;

/**
 * The editor form of a good practice; its ICT categories, challenges, source and questionnaire answers are not edited
 * here and stay as loaded (a new practice is curated, without answers).
 */
public final class PracticeForm implements EntryForm<PracticeContent> {

    private static final long serialVersionUID = 1L;

    private PracticeContent base;
    private String title;
    private String country;
    private String summary;
    private String body;
    private String visibility = Visibility.PUBLIC.name();

    @Override
    public EntryType type() {
        return EntryType.PRACTICE;
    }

    @Override
    public Class<PracticeContent> contentType() {
        return PracticeContent.class;
    }

    @Override
    public void fill(PracticeContent content) {
        base = content;
        title = content.title();
        country = content.country();
        summary = content.summary();
        body = content.body();
        visibility = content.visibility().name();
    }

    @Override
    public void rebase(PracticeContent content) {
        base = content;
    }

    @Override
    public PracticeContent base() {
        return base;
    }

    @Override
    public PracticeContent content() {
        return new PracticeContent(
                title,
                FormText.countryCode(country),
                summary,
                body,
                base == null ? Set.of() : base.ictCategories(),
                base == null ? Set.of() : base.challenges(),
                Visibility.valueOf(visibility),
                base == null ? PracticeSource.curated() : base.source(),
                base == null ? List.of() : base.answers());
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

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
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
