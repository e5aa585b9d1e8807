package org.liaisonhub.editorial.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaisonhub.catalog.validation.ContentRules;
import org.liaisonhub.catalog.validation.RuleViolation;

/**
 * The content rules ({@link ContentRules}) as problems of one record: located by section, key and field (named as in
 * the exchange format and on the forms), in the record's order. Shared by the import and the editor forms.
 */
public final class ContentProblems {

    private ContentProblems() {}

    /** Every rule {@code content} breaks. */
    public static List<Problem> of(String section, String key, Record content) {
        return located(section, key, ContentRules.check(content));
    }

    /** The rules one component of {@code content} breaks (by its component name, such as {@code description}). */
    public static List<Problem> of(String section, String key, Record content, String component) {
        return located(section, key, ContentRules.check(content, component));
    }

    /**
     * The problems of {@code found} on fields {@code already} has none for: a value that could not be read was left
     * out of the record, and "is required" would only repeat the first problem in other words.
     */
    public static List<Problem> besides(Collection<Problem> already, List<Problem> found) {
        Set<String> refused = already.stream().map(Problem::field).collect(Collectors.toSet());
        return found.stream().filter(p -> !refused.contains(p.field())).toList();
    }

    private static List<Problem> located(String section, String key, List<RuleViolation> violations) {
        return violations.stream()
                .map(v -> new Problem(section, key, MemberNames.ofPath(v.path()), v.message()))
                .toList();
    }
}
