package org.liaisonhub.directory.domain;

import static org.liaisonhub.catalog.validation.ContentRules.REQUIRED;
import static org.liaisonhub.catalog.validation.ContentRules.TOO_LONG;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.catalog.validation.IsoCountry;
import org.liaisonhub.catalog.validation.IsoLanguage;
import org.liaisonhub.catalog.validation.WebUrl;

/**
 * Everything a country procedure sheet says, without its identity: how a country wants one kind of request
 * ({@code request}) sent to it. {@code authorityKey} names the central or competent authority; {@code channels} and
 * {@code languages} are in the country's order of preference. A requirement left null is not known (not "no").
 */
public record ProcedureSheetContent(
        @NotBlank(message = REQUIRED) @IsoCountry String country,
        @NotNull(message = REQUIRED) Competence request,

        @NotBlank(message = REQUIRED) @Size(max = 100, message = TOO_LONG)
        String authorityKey,

        List<@Valid AcceptedChannel> channels,
        List<@IsoLanguage String> languages,
        @Size(max = 2000, message = TOO_LONG) String languageNote,
        Boolean encryptionRequired,
        Boolean eSignatureRequired,
        DoubleCriminality doubleCriminality,

        @Min(value = 1, message = DAYS) @Max(value = 3650, message = DAYS)
        Integer timeLimitDays,

        @Size(max = 2000, message = TOO_LONG) String timeLimits,
        @Size(max = 4000, message = TOO_LONG) String evidenceUseLimits,
        @WebUrl @Size(max = 2000, message = TOO_LONG) String modelFormUrl,
        LocalDate lastVerified,
        Visibility visibility)
        implements Serializable {

    /** The message of a time limit out of range. */
    public static final String DAYS = "must be a number of days between 1 and 3650";

    public ProcedureSheetContent {
        channels = channels == null ? List.of() : List.copyOf(channels);
        languages =
                languages == null ? List.of() : languages.stream().distinct().toList();
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }
}
