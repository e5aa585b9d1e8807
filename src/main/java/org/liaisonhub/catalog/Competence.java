package org.liaisonhub.catalog;

/** The kinds of cooperation an authority or contact point handles. */
public enum Competence {
    MLA,
    EIO,
    EXTRADITION,
    ASSET_RECOVERY,
    INTELLIGENCE_EXCHANGE,
    JIT,
    OTHER
}
