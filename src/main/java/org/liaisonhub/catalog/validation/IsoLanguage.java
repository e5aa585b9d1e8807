package org.liaisonhub.catalog.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An ISO 639-1 language code as the JDK knows it, lower case ({@code en}, {@code ar}). Null is valid: whether a value
 * is required is a rule of its own.
 */
@Documented
@Constraint(validatedBy = IsoLanguageValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoLanguage {

    String message() default "'{value}' is not an ISO 639-1 language code (two lower-case letters, e.g. en)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
