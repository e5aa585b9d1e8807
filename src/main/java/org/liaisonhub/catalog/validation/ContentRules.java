package org.liaisonhub.catalog.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks content against the constraints on its record, the one set of rules for editor forms, the API and the
 * import. Violations come in the order of the record's components, so a form lists its problems top to bottom.
 *
 * <p>One validator of our own rather than the container's: the same one runs in unit tests and in WildFly, its
 * provider is named (no service look-up through the thread's class loader) and its messages are interpolated without
 * Expression Language (parameters only), so nothing a user typed is ever evaluated.
 */
public final class ContentRules {

    /** The message of a required value left out or blank, for {@code @NotBlank} and {@code @NotNull}. */
    public static final String REQUIRED = "is required";

    /** The message of a text over its limit, for {@code @Size(max = …)}: counted in UTF-16 units, as stored. */
    public static final String TOO_LONG = "is longer than {max} characters";

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private ContentRules() {}

    /** Every rule {@code content} breaks; empty when it breaks none. */
    public static List<RuleViolation> check(Object content) {
        return ordered(content.getClass(), VALIDATOR.validate(content));
    }

    /** The rules one component of {@code content} breaks, such as a description once sanitised. */
    public static List<RuleViolation> check(Object content, String component) {
        return ordered(content.getClass(), VALIDATOR.validateProperty(content, component));
    }

    private static <T> List<RuleViolation> ordered(Class<?> type, Set<ConstraintViolation<T>> violations) {
        List<String> components = type.isRecord()
                ? Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList()
                : List.of();
        Comparator<RuleViolation> byComponent = Comparator.comparingInt(v -> {
            int at = components.indexOf(v.path().split("[.\\[]", 2)[0]);
            return at < 0 ? Integer.MAX_VALUE : at;
        });
        return violations.stream()
                .map(v -> new RuleViolation(path(v.getPropertyPath()), v.getMessage()))
                .distinct()
                .sorted(byComponent.thenComparing(RuleViolation::path).thenComparing(RuleViolation::message))
                .toList();
    }

    /**
     * {@code answers[2].options[0]} for a violation inside lists; a set has no index, so a bad member of
     * {@code languages} is reported on {@code languages}.
     */
    static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                out.append(out.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return out.toString();
    }
}
