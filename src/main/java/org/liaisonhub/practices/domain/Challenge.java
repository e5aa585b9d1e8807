package org.liaisonhub.practices.domain;

/** The challenges listed in question 6 of the UNODC questionnaire. */
public enum Challenge {
    LACK_OF_TRAINING,
    LACK_OF_RESOURCES,
    LEGAL_OBSTACLES,
    COUNTERPART_RELUCTANCE,
    SECURITY_CONFIDENTIALITY,
    TECHNICAL_OBSTACLES,
    OTHER
}
