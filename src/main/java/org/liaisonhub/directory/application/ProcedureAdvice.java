package org.liaisonhub.directory.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a country's procedure sheet says about sending it one kind of request, in one block of the finder's answer:
 * the counterpart (null when the viewer may not see that authority), the channel to use and the others it accepts in
 * order, the languages and whether the requester's is among them, the requirements, and why each was chosen
 * ({@link Reason}, one per line).
 */
public record ProcedureAdvice(
        String sheetKey,
        String country,
        String request,
        AuthorityRef counterpart,
        AcceptedChannelDetails channel,
        List<AcceptedChannelDetails> otherChannels,
        List<String> languages,
        String languageToUse,
        boolean requestedLanguageAccepted,
        String languageNote,
        Boolean encryptionRequired,
        Boolean eSignatureRequired,
        String doubleCriminality,
        Integer timeLimitDays,
        String timeLimits,
        String evidenceUseLimits,
        String modelFormUrl,
        String lastVerified,
        boolean needsVerification,
        List<Reason> reasons)
        implements Serializable {

    /** A channel the country accepts: its type (the contacts' vocabulary), whether secure, and what to know. */
    public record AcceptedChannelDetails(String type, boolean secure, String detail) implements Serializable {}

    /**
     * One line of "why": a stable {@code code} with its {@code args} (pages translate them, key
     * {@code procedure.reason.<code>}) and the same line in English ({@code text}) for API callers.
     */
    public record Reason(String code, List<String> args, String text) implements Serializable {}
}
