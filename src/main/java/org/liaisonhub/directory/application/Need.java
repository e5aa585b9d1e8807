package org.liaisonhub.directory.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.directory.domain.AuthorityKind;

/**
 * What a practitioner needs from another country, and which kinds of authority handle it formally, most
 * competent first (an EIO goes straight to a judicial authority; MLA outside the EU through the central
 * authority).
 */
public enum Need {
    MLA(Competence.MLA, AuthorityKind.CENTRAL_AUTHORITY, AuthorityKind.MINISTRY, AuthorityKind.PROSECUTION),
    EIO(Competence.EIO, AuthorityKind.PROSECUTION, AuthorityKind.JUDICIARY, AuthorityKind.CENTRAL_AUTHORITY),
    EXTRADITION(
            Competence.EXTRADITION, AuthorityKind.CENTRAL_AUTHORITY, AuthorityKind.MINISTRY, AuthorityKind.PROSECUTION),
    ASSET_RECOVERY(
            Competence.ASSET_RECOVERY,
            AuthorityKind.ASSET_RECOVERY_OFFICE,
            AuthorityKind.PROSECUTION,
            AuthorityKind.ANTI_CORRUPTION_AGENCY),
    INTELLIGENCE_EXCHANGE(
            Competence.INTELLIGENCE_EXCHANGE,
            AuthorityKind.POLICE,
            AuthorityKind.FIU,
            AuthorityKind.ANTI_CORRUPTION_AGENCY),
    JIT(Competence.JIT, AuthorityKind.PROSECUTION, AuthorityKind.POLICE, AuthorityKind.JUDICIARY);

    private final Competence competence;
    private final List<AuthorityKind> formalKinds;

    Need(Competence competence, AuthorityKind... formalKinds) {
        this.competence = competence;
        this.formalKinds = List.of(formalKinds);
    }

    public Competence competence() {
        return competence;
    }

    /** Rank of an authority kind for this need: 0 is the most competent; kinds not listed come last. */
    public int rank(AuthorityKind kind) {
        int index = formalKinds.indexOf(kind);
        return index < 0 ? formalKinds.size() : index;
    }

    public static Optional<Need> fromCode(String code) {
        return Arrays.stream(values())
                .filter(n -> n.name().equalsIgnoreCase(code))
                .findFirst();
    }
}
