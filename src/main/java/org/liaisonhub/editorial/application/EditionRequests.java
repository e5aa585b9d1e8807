package org.liaisonhub.editorial.application;

import java.util.Locale;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.editorial.application.EditionRejectedException.Reason;
import org.liaisonhub.editorial.domain.Edition;
import org.liaisonhub.editorial.domain.EditionFile;

/** Reads the words of an edition request (scope, audience, validity, language, file) or says what is wrong. */
final class EditionRequests {

    private EditionRequests() {}

    static Edition.Scope scopeKind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new EditionRejectedException(Reason.INVALID, "Say which scope: all, country or network.");
        }
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> Edition.Scope.ALL;
            case "country" -> Edition.Scope.COUNTRY;
            case "network" -> Edition.Scope.NETWORK;
            default ->
                throw new EditionRejectedException(
                        Reason.INVALID, "Unknown scope '" + kind + "': all, country or network.");
        };
    }

    static Visibility audience(String audience) {
        String word = audience == null || audience.isBlank()
                ? "members"
                : audience.strip().toUpperCase(Locale.ROOT);
        try {
            return Visibility.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EditionRejectedException(
                    Reason.INVALID,
                    "Unknown audience '" + audience + "': public, members (the default) or restricted.");
        }
    }

    static int validDays(Integer days) {
        int value = days == null ? EditionService.DEFAULT_VALID_DAYS : days;
        if (value < 1 || value > EditionService.MAX_VALID_DAYS) {
            throw new EditionRejectedException(
                    Reason.INVALID,
                    "An edition is valid for 1 to " + EditionService.MAX_VALID_DAYS + " days, not " + value + ".");
        }
        return value;
    }

    static Locale language(String language) {
        String word =
                language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "en" -> Locale.ROOT;
            case "fr", "ar" -> Locale.forLanguageTag(word);
            default ->
                throw new EditionRejectedException(
                        Reason.INVALID, "Unknown language '" + language + "': en, fr or ar.");
        };
    }

    static EditionFile.Kind fileKind(String file) {
        return switch (file) {
            case "pdf" -> EditionFile.Kind.PDF;
            case "json" -> EditionFile.Kind.JSON;
            default ->
                throw new EditionRejectedException(
                        Reason.NOT_FOUND, "No file '" + file + "': pdf, json, pdf.sig or json.sig.");
        };
    }
}
