package org.liaisonhub.editorial.exchange;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AcceptedChannel;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.directory.domain.DoubleCriminality;
import org.liaisonhub.directory.domain.ProcedureSheetContent;

/**
 * One record of the {@code procedures} section (format version 2) into a {@link ProcedureSheetContent}, as
 * {@link ContentReader} does for the other sections: the members the format allows, of the JSON types it says; the
 * content rules judge the values. Only a channel's type, without which no accepted channel can be built, and the
 * shape of the authority key are checked here.
 */
final class ProcedureSheetReader {

    private ProcedureSheetReader() {}

    static ProcedureSheetContent procedure(FieldReader f) {
        f.allowOnly(
                "key",
                "country",
                "request",
                "authority",
                "channels",
                "languages",
                "languageNote",
                "encryptionRequired",
                "eSignatureRequired",
                "doubleCriminality",
                "timeLimitDays",
                "timeLimits",
                "evidenceUseLimits",
                "modelFormUrl",
                "lastVerified",
                "visibility");
        String authority = f.text("authority");
        if (authority != null && !ExchangeReader.KEY.matcher(authority).matches()) {
            f.problem("authority", "'" + authority + "' is not a valid authority key");
        }
        return new ProcedureSheetContent(
                f.text("country"),
                f.enumValue("request", Competence.class),
                authority,
                acceptedChannels(f),
                f.strings("languages"),
                f.text("languageNote"),
                f.bool("encryptionRequired"),
                f.bool("eSignatureRequired"),
                f.enumValue("doubleCriminality", DoubleCriminality.class),
                f.integer("timeLimitDays", 1, 3650),
                f.text("timeLimits"),
                f.text("evidenceUseLimits"),
                f.text("modelFormUrl"),
                f.date("lastVerified"),
                f.enumValue("visibility", Visibility.class));
    }

    /** A procedure sheet's channels, in the order given (the country's preference); a repeated one once. */
    private static List<AcceptedChannel> acceptedChannels(FieldReader f) {
        List<AcceptedChannel> out = new ArrayList<>();
        JsonArray array = f.array("channels");
        for (int i = 0; array != null && i < array.size(); i++) {
            String field = "channels[" + i + "]";
            if (!(array.get(i) instanceof JsonObject channel)) {
                f.problem(field, "must be an object {type, detail}");
                continue;
            }
            FieldReader c = f.part(field, channel);
            c.allowOnly("type", "detail");
            ChannelType type = c.requiredEnum("type", ChannelType.class);
            AcceptedChannel accepted = type == null ? null : new AcceptedChannel(type, c.text("detail"));
            if (accepted != null && !out.contains(accepted)) {
                out.add(accepted);
            }
        }
        return out;
    }
}
