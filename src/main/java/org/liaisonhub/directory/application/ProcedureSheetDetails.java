package org.liaisonhub.directory.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.liaisonhub.directory.application.ProcedureAdvice.AcceptedChannelDetails;

/**
 * One country procedure sheet, everything its page and {@code GET /api/procedures/{key}} show; {@code authority} is
 * null when the viewer may not see the authority the sheet names.
 */
public record ProcedureSheetDetails(
        String key,
        String country,
        String request,
        AuthorityRef authority,
        List<AcceptedChannelDetails> channels,
        List<String> languages,
        String languageNote,
        Boolean encryptionRequired,
        Boolean eSignatureRequired,
        String doubleCriminality,
        Integer timeLimitDays,
        String timeLimits,
        String evidenceUseLimits,
        String modelFormUrl,
        String lastVerified,
        String visibility,
        String status,
        Instant updatedAt)
        implements Serializable {}
