package org.liaisonhub.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liaisonhub.directory.application.ProcedureAdvice.AcceptedChannelDetails;
import org.liaisonhub.directory.application.ProcedureAdvice.Reason;
import org.liaisonhub.directory.domain.AcceptedChannel;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.security.Viewer;

/**
 * Builds the finder's procedure block from the country's procedure sheet for the need: the sheet the viewer may see
 * (none: no block), its authority if the viewer may see it too, the first channel in the country's order of
 * preference, the requester's language if the country accepts it (else the country's first), and the requirements —
 * each with the reason it was chosen.
 */
@ApplicationScoped
@Transactional
public class ProcedureAdvisor {

    /** A sheet not verified for this long is flagged, as contact points are. */
    static final int FRESH_MONTHS = 12;

    private final ProcedureSheetRepository sheets;
    private final DirectoryRepository directory;
    private final Clock clock;

    ProcedureAdvisor() {
        this(null, null); // for CDI's client proxy only
    }

    @Inject
    public ProcedureAdvisor(ProcedureSheetRepository sheets, DirectoryRepository directory) {
        this.sheets = sheets;
        this.directory = directory;
        this.clock = Clock.systemUTC();
    }

    /** The advice for sending {@code need} to {@code country}; empty when there is no sheet the viewer may see. */
    public Optional<ProcedureAdvice> advise(String country, Need need, String language, Viewer viewer) {
        return sheets
                .findAllVisible(country, need.competence(), viewer.visibleLevels(), viewer.visibleStatuses())
                .stream()
                .findFirst()
                .map(sheet -> advise(
                        sheet,
                        directory
                                .findVisibleAuthority(
                                        sheet.getAuthorityKey(), viewer.visibleLevels(), viewer.visibleStatuses())
                                .orElse(null),
                        language,
                        LocalDate.now(clock)));
    }

    /** The advice a sheet gives; {@code authority} is null when the viewer may not see it. */
    static ProcedureAdvice advise(ProcedureSheet sheet, Authority authority, String language, LocalDate today) {
        ProcedureSheetContent s = sheet.content();
        String country = s.country();
        String request = s.request().name();
        List<Reason> why = new ArrayList<>();
        AuthorityRef counterpart = authority == null ? null : AuthorityRef.of(authority);
        why.add(
                counterpart != null
                        ? reason(
                                "counterpart",
                                "Counterpart: %s, named by %s's procedure sheet for %s requests.",
                                counterpart.name(),
                                country,
                                request)
                        : reason(
                                "counterpartHidden",
                                "Counterpart: %s's procedure sheet for %s names an authority you may "
                                        + "not see; ask your central authority.",
                                country,
                                request));

        List<AcceptedChannelDetails> channels =
                s.channels().stream().map(ProcedureAdvisor::details).toList();
        AcceptedChannelDetails channel = channels.isEmpty() ? null : channels.get(0);
        why.add(
                channel == null
                        ? reason("noChannel", "Channel: the sheet names none; ask the counterpart how to send it.")
                        : channels.size() == 1
                                ? reason(
                                        "onlyChannel", "Channel: %s, the only one %s accepts.", channel.type(), country)
                                : reason(
                                        "firstChannel",
                                        "Channel: %s, the first of the %s channels %s accepts, in its "
                                                + "order of preference.",
                                        channel.type(),
                                        String.valueOf(channels.size()),
                                        country));

        List<String> languages = s.languages();
        boolean accepted = language != null && languages.contains(language);
        String use = accepted ? language : languages.isEmpty() ? null : languages.get(0);
        String all = String.join(", ", languages);
        if (use == null) {
            why.add(reason("noLanguage", "Language: the sheet names none; ask the counterpart."));
        } else if (accepted) {
            why.add(reason("languageAccepted", "Language: %s is accepted (%s).", language, all));
        } else if (language != null) {
            why.add(reason(
                    "translate",
                    "Language: %s is not accepted; translate into %s (accepted: %s).",
                    language,
                    use,
                    all));
        } else {
            why.add(reason("firstLanguage", "Language: %s, the first %s accepts (accepted: %s).", use, country, all));
        }
        if (Boolean.TRUE.equals(s.encryptionRequired())) {
            why.add(reason("encryption", "Requirement: %s asks for encrypted transmission.", country));
        }
        if (Boolean.TRUE.equals(s.eSignatureRequired())) {
            why.add(reason("eSignature", "Requirement: %s asks for an electronic signature.", country));
        }
        if (s.doubleCriminality() != null) {
            why.add(reason(
                    "doubleCriminality." + s.doubleCriminality().name(),
                    switch (s.doubleCriminality()) {
                        case NOT_REQUIRED -> "Double criminality: not required.";
                        case REQUIRED -> "Double criminality: required; the conduct must be an offence in %s too.";
                        case COERCIVE_MEASURES_ONLY -> "Double criminality: required in %s for coercive measures only.";
                        case EXCEPT_LISTED_OFFENCES -> "Double criminality: not checked in %s for the listed offences.";
                    },
                    country));
        }
        boolean stale = s.lastVerified() == null || s.lastVerified().isBefore(today.minusMonths(FRESH_MONTHS));
        if (stale) {
            why.add(
                    s.lastVerified() == null
                            ? reason(
                                    "neverVerified", "The sheet has never been verified; confirm with the counterpart.")
                            : reason(
                                    "stale",
                                    "The sheet was last verified on %s; confirm with the counterpart.",
                                    s.lastVerified().toString()));
        }
        return new ProcedureAdvice(
                sheet.getKey(),
                country,
                request,
                counterpart,
                channel,
                channels.isEmpty() ? List.of() : channels.subList(1, channels.size()),
                languages,
                use,
                accepted,
                s.languageNote(),
                s.encryptionRequired(),
                s.eSignatureRequired(),
                s.doubleCriminality() == null ? null : s.doubleCriminality().name(),
                s.timeLimitDays(),
                s.timeLimits(),
                s.evidenceUseLimits(),
                s.modelFormUrl(),
                s.lastVerified() == null ? null : s.lastVerified().toString(),
                stale,
                List.copyOf(why));
    }

    static AcceptedChannelDetails details(AcceptedChannel channel) {
        return new AcceptedChannelDetails(
                channel.getType().name(), channel.getType().isSecure(), channel.getDetail());
    }

    /** A reason; {@code english} uses {@code args} in order (extra ones are for translations that need them). */
    private static Reason reason(String code, String english, String... args) {
        return new Reason(code, List.of(args), String.format(Locale.ROOT, english, (Object[]) args));
    }
}
