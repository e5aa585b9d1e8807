package org.liaisonhub.practices.domain;

/** A Yes/No answer to a closed question. */
public enum Choice {
    YES,
    NO
}
