package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.ExchangeReader;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Keyed;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.practices.application.PracticeRepository;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.QuestionNumber;
import org.liaisonhub.security.Viewer;

/**
 * Publishes a reviewed questionnaire answer as a new good practice, through the same path as an import (one
 * exchange document with one practice, in one transaction): all of it is stored and indexed, or nothing. A
 * key that is already taken is refused rather than overwriting another practice.
 */
@ApplicationScoped
public class PracticePublishing {

    private final ImportService imports;
    private final PracticeRepository practices;

    PracticePublishing() {
        this(null, null); // for CDI's client proxy only
    }

    @Inject
    public PracticePublishing(ImportService imports, PracticeRepository practices) {
        this.imports = imports;
        this.practices = practices;
    }

    @Transactional
    public ImportResult publish(String key, PracticeContent content, Viewer editor) {
        if (!editor.isEditor()) {
            throw new ReportRejectedException(
                    ReportRejectedException.Reason.FORBIDDEN, "Only editors publish good practices.");
        }
        List<Problem> problems = new ArrayList<>();
        String k = key == null ? "" : key.strip();
        if (!ExchangeReader.KEY.matcher(k).matches()) {
            problems.add(new Problem(
                    "practices",
                    k,
                    "key",
                    "use 2–100 lower-case letters, digits, '.', '_' or '-'," + " starting with a letter or digit"));
        } else if (practices.findByKey(k).isPresent()) {
            problems.add(new Problem("practices", k, "key", "a good practice with this key already exists"));
        }
        if (content.title() == null || content.title().isBlank()) {
            problems.add(new Problem("practices", k, "title", "is required"));
        } else if (content.title().length() > 300) {
            problems.add(new Problem("practices", k, "title", "at most 300 characters"));
        }
        if (content.country() == null || !IsoCodes.isCountry(content.country())) {
            problems.add(new Problem("practices", k, "country", "an ISO 3166-1 alpha-2 code such as SE is required"));
        }
        if (content.summary() != null && content.summary().length() > 2000) {
            problems.add(new Problem("practices", k, "summary", "at most 2000 characters"));
        }
        content.answers().forEach(a -> {
            if (!QuestionNumber.isValid(a.getQuestion())) {
                problems.add(new Problem("practices", k, "answers", "not a question number: " + a.getQuestion()));
            }
        });
        if (!problems.isEmpty()) {
            throw InvalidDocumentException.of(problems);
        }
        return imports.importDocument(
                new ExchangeDocument(List.of(), List.of(), List.of(), List.of(new Keyed<>(k, content))));
    }
}
