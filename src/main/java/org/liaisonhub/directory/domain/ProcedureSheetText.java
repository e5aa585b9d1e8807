package org.liaisonhub.directory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.liaisonhub.catalog.Competence;

/**
 * A procedure sheet in words, for the search index: its title ("Sweden: European Investigation Order (EIO)"), the
 * one-line summary the results list shows, and the texts a search finds it by. English, as the index keeps the
 * other entries' texts in the language they were written in; pages show the sheet itself in the reader's language.
 */
public final class ProcedureSheetText {

    private ProcedureSheetText() {}

    public static String title(ProcedureSheetContent sheet) {
        return countryName(sheet.country()) + ": " + requestName(sheet.request());
    }

    /** Channels in order, languages, and the requirements that are known; "" for a sheet that says nothing more. */
    public static String summary(ProcedureSheetContent sheet) {
        List<String> parts = new ArrayList<>();
        if (!sheet.channels().isEmpty()) {
            parts.add("Channels: "
                    + sheet.channels().stream()
                            .map(c -> channelName(c.getType()))
                            .collect(Collectors.joining(", ")));
        }
        if (!sheet.languages().isEmpty()) {
            parts.add("Languages: " + String.join(", ", sheet.languages()));
        }
        if (sheet.encryptionRequired() != null) {
            parts.add(sheet.encryptionRequired() ? "Encryption required" : "Encryption not required");
        }
        if (sheet.eSignatureRequired() != null) {
            parts.add(sheet.eSignatureRequired() ? "Electronic signature required" : "No electronic signature needed");
        }
        if (sheet.doubleCriminality() != null) {
            parts.add("Double criminality: "
                    + sheet.doubleCriminality().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (sheet.timeLimitDays() != null) {
            parts.add("Time limit: " + sheet.timeLimitDays() + " days");
        }
        return parts.isEmpty() ? "" : String.join(". ", parts) + ".";
    }

    /** The summary and the sheet's own notes (the title is a field of its own). */
    public static List<String> searchText(ProcedureSheetContent sheet) {
        List<String> texts = new ArrayList<>();
        texts.add("procedure sheet");
        texts.add(summary(sheet));
        sheet.channels().stream().map(AcceptedChannel::getDetail).forEach(texts::add);
        texts.add(sheet.languageNote());
        texts.add(sheet.timeLimits());
        texts.add(sheet.evidenceUseLimits());
        texts.removeIf(t -> Objects.isNull(t) || t.isBlank());
        return texts;
    }

    static String countryName(String code) {
        if (code == null) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    static String requestName(Competence request) {
        if (request == null) {
            return "";
        }
        return switch (request) {
            case MLA -> "Mutual legal assistance (MLA)";
            case EIO -> "European Investigation Order (EIO)";
            case EXTRADITION -> "Extradition";
            case ASSET_RECOVERY -> "Asset recovery";
            case INTELLIGENCE_EXCHANGE -> "Informal exchange of information";
            case JIT -> "Joint investigation team (JIT)";
            case OTHER -> "Other requests";
        };
    }

    static String channelName(ChannelType type) {
        return switch (type) {
            case EMAIL -> "e-mail";
            case PHONE -> "telephone";
            case GLOBE_THREEMA -> "GlobE Threema";
            case SIENA -> "SIENA";
            case I24_7 -> "INTERPOL I-24/7";
            case ESW -> "Egmont Secure Web";
            case SECURE_PLATFORM -> "secure platform";
            case OTHER -> "other channel";
        };
    }
}
