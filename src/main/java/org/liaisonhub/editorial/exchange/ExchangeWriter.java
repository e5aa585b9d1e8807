package org.liaisonhub.editorial.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.liaisonhub.directory.domain.AcceptedChannel;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.Availability;
import org.liaisonhub.directory.domain.Channel;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.practices.domain.PracticeAnswer;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.PracticeSource;
import org.liaisonhub.resources.domain.ResourceContent;

/** Writes an exchange document; the mirror of {@link ExchangeReader}. Arrays are sorted for stable output. */
public final class ExchangeWriter {

    private ExchangeWriter() {}

    public static JsonObject write(ExchangeDocument document) {
        return Json.createObjectBuilder()
                .add("format", ExchangeDocument.FORMAT)
                .add("version", ExchangeDocument.VERSION)
                .add("authorities", array(document.authorities(), ExchangeWriter::authority))
                .add("contacts", array(document.contacts(), ExchangeWriter::contact))
                .add("resources", array(document.resources(), ExchangeWriter::resource))
                .add("practices", array(document.practices(), ExchangeWriter::practice))
                .add("procedures", array(document.procedures(), ExchangeWriter::procedure))
                .build();
    }

    private interface RecordWriter<T> {
        void write(JsonObjectBuilder out, T content);
    }

    private static <T> JsonArrayBuilder array(List<Keyed<T>> records, RecordWriter<T> writer) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        records.stream().sorted(Comparator.comparing(Keyed::key)).forEach(record -> {
            JsonObjectBuilder out = Json.createObjectBuilder().add("key", record.key());
            writer.write(out, record.content());
            array.add(out);
        });
        return array;
    }

    private static void authority(JsonObjectBuilder out, AuthorityContent a) {
        put(out, "name", a.name());
        put(out, "localName", a.localName());
        put(out, "country", a.country());
        put(out, "kind", a.kind().name());
        put(out, "website", a.website());
        put(out, "description", a.description());
        out.add("networks", strings(a.networks()));
        out.add("competences", names(a.competences()));
        put(out, "visibility", a.visibility().name());
        availability(out, a.availability());
    }

    private static void contact(JsonObjectBuilder out, ContactContent c) {
        put(out, "authority", c.authorityKey());
        put(out, "role", c.role());
        put(out, "personName", c.personName());
        put(out, "email", c.email());
        put(out, "phone", c.phone());
        out.add("languages", strings(c.languages()));
        JsonArrayBuilder channels = Json.createArrayBuilder();
        for (Channel channel : c.channels()) {
            channels.add(Json.createObjectBuilder()
                    .add("type", channel.getType().name())
                    .add("address", channel.getAddress()));
        }
        out.add("channels", channels);
        out.add("competences", names(c.competences()));
        out.add("networks", strings(c.networks()));
        put(out, "visibility", c.visibility().name());
        put(
                out,
                "lastVerified",
                c.lastVerified() == null ? null : c.lastVerified().toString());
        put(out, "personalDetailsVisibility", c.personalDetailsVisibility().name());
        availability(out, c.availability());
    }

    /** Only what is recorded: an entry without availability writes no member, as files did before. */
    private static void availability(JsonObjectBuilder out, Availability a) {
        if (a.equals(Availability.NONE)) {
            return;
        }
        JsonObjectBuilder availability = Json.createObjectBuilder();
        if (a.isAroundTheClock()) {
            availability.add("aroundTheClock", true);
        }
        put(availability, "officeHours", a.getOfficeHours());
        put(availability, "timeZone", a.getTimeZone());
        out.add("availability", availability);
    }

    private static void resource(JsonObjectBuilder out, ResourceContent r) {
        put(out, "name", r.name());
        put(out, "acronym", r.acronym());
        put(out, "kind", r.kind().name());
        put(out, "description", r.description());
        put(out, "url", r.url());
        put(out, "access", r.access().name());
        put(out, "operator", r.operator());
        out.add("ictCategories", names(r.ictCategories()));
        put(out, "visibility", r.visibility().name());
    }

    private static void practice(JsonObjectBuilder out, PracticeContent p) {
        put(out, "title", p.title());
        put(out, "country", p.country());
        put(out, "summary", p.summary());
        put(out, "body", p.body());
        out.add("ictCategories", names(p.ictCategories()));
        out.add("challenges", names(p.challenges()));
        put(out, "visibility", p.visibility().name());
        PracticeSource source = p.source();
        JsonObjectBuilder s =
                Json.createObjectBuilder().add("type", source.type().name());
        put(s, "questionnaire", source.questionnaire());
        put(s, "respondent", source.respondent());
        if (source.year() != null) {
            s.add("year", source.year());
        }
        out.add("source", s);
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (PracticeAnswer answer : p.answers()) {
            JsonObjectBuilder a = Json.createObjectBuilder().add("question", answer.getQuestion());
            put(a, "prompt", answer.getPrompt());
            a.add("answer", answer.getAnswer());
            put(
                    a,
                    "choice",
                    answer.getChoice() == null ? null : answer.getChoice().name());
            a.add("options", Json.createArrayBuilder(answer.getOptions()));
            answers.add(a);
        }
        out.add("answers", answers);
    }

    private static void procedure(JsonObjectBuilder out, ProcedureSheetContent p) {
        put(out, "country", p.country());
        put(out, "request", p.request().name());
        put(out, "authority", p.authorityKey());
        JsonArrayBuilder channels = Json.createArrayBuilder(); // in the country's order of preference
        for (AcceptedChannel channel : p.channels()) {
            JsonObjectBuilder c =
                    Json.createObjectBuilder().add("type", channel.getType().name());
            put(c, "detail", channel.getDetail());
            channels.add(c);
        }
        out.add("channels", channels);
        out.add("languages", Json.createArrayBuilder(p.languages())); // ordered too
        put(out, "languageNote", p.languageNote());
        put(out, "encryptionRequired", p.encryptionRequired());
        put(out, "eSignatureRequired", p.eSignatureRequired());
        put(
                out,
                "doubleCriminality",
                p.doubleCriminality() == null ? null : p.doubleCriminality().name());
        if (p.timeLimitDays() != null) {
            out.add("timeLimitDays", p.timeLimitDays());
        }
        put(out, "timeLimits", p.timeLimits());
        put(out, "evidenceUseLimits", p.evidenceUseLimits());
        put(out, "modelFormUrl", p.modelFormUrl());
        put(
                out,
                "lastVerified",
                p.lastVerified() == null ? null : p.lastVerified().toString());
        put(out, "visibility", p.visibility().name());
    }

    private static void put(JsonObjectBuilder out, String name, Boolean value) {
        if (value != null) {
            out.add(name, value);
        }
    }

    private static void put(JsonObjectBuilder out, String name, String value) {
        if (value != null) {
            out.add(name, value);
        }
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        return Json.createArrayBuilder(values.stream().sorted().toList());
    }

    private static JsonArrayBuilder names(Collection<? extends Enum<?>> values) {
        return Json.createArrayBuilder(values.stream().map(Enum::name).sorted().toList());
    }
}
