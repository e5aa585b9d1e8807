package org.liaisonhub.practices.domain;

import static org.liaisonhub.catalog.validation.ContentRules.TOO_LONG;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Provenance of a good practice: curated, or which questionnaire, answered by whom and when. */
@Embeddable
public record PracticeSource(
        @Enumerated(EnumType.STRING) @Column(name = "source_type", length = 30)
        SourceType type,

        @Size(max = 300, message = TOO_LONG) @Column(name = "source_questionnaire", length = 300)
        String questionnaire,

        @Size(max = 300, message = TOO_LONG) @Column(name = "source_respondent", length = 300)
        String respondent,

        @Column(name = "source_year") Integer year)
        implements Serializable {

    public static PracticeSource curated() {
        return new PracticeSource(SourceType.CURATED, null, null, null);
    }

    public boolean isQuestionnaireResponse() {
        return type == SourceType.QUESTIONNAIRE_RESPONSE;
    }
}
