package org.liaisonhub.catalog;

/** The ICT options listed in question 1a of the UNODC questionnaire on ICT for international cooperation. */
public enum IctCategory {
    EMAIL_MESSAGING,
    VIDEOCONFERENCE,
    WORD_PROCESSING,
    PUBLIC_WEBSITE,
    ARTIFICIAL_INTELLIGENCE,
    CASE_MANAGEMENT,
    CUSTOM_SOFTWARE,
    DATABASES,
    SECURE_STORAGE,
    SECURE_EXCHANGE_PLATFORM,
    TRANSLATION_SOFTWARE,
    OTHER
}
