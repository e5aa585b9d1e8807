package org.liaisonhub.practices.domain;

/** Where a good practice comes from. */
public enum SourceType {
    /** Written and curated by editors. */
    CURATED,
    /** A State's answer to a UNODC questionnaire, kept question by question. */
    QUESTIONNAIRE_RESPONSE
}
