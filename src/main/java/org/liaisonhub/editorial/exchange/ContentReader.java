package org.liaisonhub.editorial.exchange;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.catalog.validation.PhoneNumbers;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.directory.domain.Channel;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.domain.Choice;
import org.liaisonhub.practices.domain.PracticeAnswer;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.PracticeSource;
import org.liaisonhub.practices.domain.QuestionNumber;
import org.liaisonhub.practices.domain.SourceType;
import org.liaisonhub.resources.domain.Access;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;

/**
 * One record of each section, member by member, into its content record: the members the format allows, of the
 * JSON types it says. Phone numbers are read as E.164 where they can be (international form only: a document names
 * no region); the content rules then judge the values, here only the parts a record cannot be built without
 * (a source's type, a channel's type and address, an answer's question number) are checked. Procedure sheets
 * ({@link ProcedureSheetReader}) and availability ({@link AvailabilityReader}) have readers of their own; this class
 * stays the one entry point per section.
 */
final class ContentReader {

    private ContentReader() {}

    static AuthorityContent authority(FieldReader f) {
        f.allowOnly(
                "key",
                "name",
                "localName",
                "country",
                "kind",
                "website",
                "description",
                "networks",
                "competences",
                "visibility",
                "availability");
        return new AuthorityContent(
                f.text("name"),
                f.text("localName"),
                f.text("country"),
                f.enumValue("kind", AuthorityKind.class),
                f.text("website"),
                f.text("description"),
                f.textSet("networks"),
                f.enumSet("competences", Competence.class),
                f.enumValue("visibility", Visibility.class),
                AvailabilityReader.availability(f));
    }

    static ContactContent contact(FieldReader f) {
        f.allowOnly(
                "key",
                "authority",
                "role",
                "personName",
                "email",
                "phone",
                "languages",
                "channels",
                "competences",
                "networks",
                "visibility",
                "lastVerified",
                "personalDetailsVisibility",
                "availability");
        String authority = f.text("authority");
        if (authority != null && !ExchangeReader.KEY.matcher(authority).matches()) {
            f.problem("authority", "'" + authority + "' is not a valid authority key");
        }
        return new ContactContent(
                authority,
                f.text("role"),
                f.text("personName"),
                f.text("email"),
                PhoneNumbers.normalised(f.text("phone"), null),
                new LinkedHashSet<>(f.strings("languages")),
                channels(f),
                f.enumSet("competences", Competence.class),
                f.textSet("networks"),
                f.enumValue("visibility", Visibility.class),
                f.date("lastVerified"),
                f.enumValue("personalDetailsVisibility", Visibility.class),
                AvailabilityReader.availability(f));
    }

    static ResourceContent resource(FieldReader f) {
        f.allowOnly(
                "key",
                "name",
                "acronym",
                "kind",
                "description",
                "url",
                "access",
                "operator",
                "ictCategories",
                "visibility");
        return new ResourceContent(
                f.text("name"),
                f.text("acronym"),
                f.enumValue("kind", ResourceKind.class),
                f.text("description"),
                f.text("url"),
                f.enumValue("access", Access.class),
                f.text("operator"),
                f.enumSet("ictCategories", IctCategory.class),
                f.enumValue("visibility", Visibility.class));
    }

    static PracticeContent practice(FieldReader f) {
        f.allowOnly(
                "key",
                "title",
                "country",
                "summary",
                "body",
                "ictCategories",
                "challenges",
                "visibility",
                "source",
                "answers");
        return new PracticeContent(
                f.text("title"),
                f.text("country"),
                f.text("summary"),
                f.text("body"),
                f.enumSet("ictCategories", IctCategory.class),
                f.enumSet("challenges", Challenge.class),
                f.enumValue("visibility", Visibility.class),
                source(f),
                answers(f));
    }

    static ProcedureSheetContent procedure(FieldReader f) {
        return ProcedureSheetReader.procedure(f);
    }

    private static List<Channel> channels(FieldReader f) {
        List<Channel> out = new ArrayList<>();
        JsonArray array = f.array("channels");
        for (int i = 0; array != null && i < array.size(); i++) {
            String field = "channels[" + i + "]";
            if (!(array.get(i) instanceof JsonObject channel)) {
                f.problem(field, "must be an object {type, address}");
                continue;
            }
            FieldReader c = f.part(field, channel);
            c.allowOnly("type", "address");
            ChannelType type = c.requiredEnum("type", ChannelType.class);
            String address = c.requiredText("address");
            if (type != null && address != null && !out.contains(new Channel(type, address))) {
                out.add(new Channel(type, address));
            }
        }
        return out;
    }

    private static PracticeSource source(FieldReader f) {
        JsonObject source = f.object("source");
        if (source == null) {
            return null;
        }
        FieldReader s = f.part("source", source);
        s.allowOnly("type", "questionnaire", "respondent", "year");
        return new PracticeSource(
                s.requiredEnum("type", SourceType.class),
                s.text("questionnaire"),
                s.text("respondent"),
                s.integer("year", 1990, 2100));
    }

    private static List<PracticeAnswer> answers(FieldReader f) {
        List<PracticeAnswer> out = new ArrayList<>();
        Set<String> questions = new HashSet<>();
        JsonArray array = f.array("answers");
        for (int i = 0; array != null && i < array.size(); i++) {
            String field = "answers[" + i + "]";
            if (!(array.get(i) instanceof JsonObject answer)) {
                f.problem(field, "must be an object {question, prompt, answer, choice, options}");
                continue;
            }
            FieldReader a = f.part(field, answer);
            a.allowOnly("question", "prompt", "answer", "choice", "options");
            String question = a.requiredText("question");
            if (question != null && !QuestionNumber.isValid(question)) {
                a.problem("question", "'" + question + "' is not a question number such as 1, 1a or 8b");
                question = null;
            } else if (question != null && !questions.add(question)) {
                a.problem("question", "question " + question + " is answered more than once");
                question = null;
            }
            String prompt = a.text("prompt");
            String text = a.text("answer");
            Choice choice = a.enumValue("choice", Choice.class);
            List<String> options = a.strings("options");
            if (question != null) {
                out.add(new PracticeAnswer(question, prompt, text, choice, options));
            }
        }
        return out;
    }
}
