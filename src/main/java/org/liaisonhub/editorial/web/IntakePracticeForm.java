package org.liaisonhub.editorial.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.practices.application.ReviewedIntake;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.intake.MappedAnswer;

/**
 * The review form's fields for the good practice an uploaded questionnaire becomes: key, title, country,
 * respondent, year, summary, visibility, ICT categories and challenges. Choices are held by their enum names, as
 * the page's checkboxes and menus send them.
 */
public class IntakePracticeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String title;
    private String country;
    private String respondent;
    private Integer year;
    private String summary;
    private String visibility = Visibility.PUBLIC.name();
    private List<String> ictCategories = new ArrayList<>();
    private List<String> challenges = new ArrayList<>();

    /** What the editor filled in, with the answers as corrected, for the intake to turn into a practice. */
    ReviewedIntake review(List<MappedAnswer> answers) {
        Set<IctCategory> icts = EnumSet.noneOf(IctCategory.class);
        ictCategories.forEach(c -> icts.add(IctCategory.valueOf(c)));
        Set<Challenge> chosen = EnumSet.noneOf(Challenge.class);
        challenges.forEach(c -> chosen.add(Challenge.valueOf(c)));
        return new ReviewedIntake(
                title, country, summary, respondent, year, Visibility.valueOf(visibility), icts, chosen, answers);
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
}
