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
 * A phone number as Liaison stores it: E.164, {@code +} and digits only ({@code +46104435000}), a possible number for
 * its country code. Read what people type with {@link PhoneNumbers#toE164}. Null is valid: whether a value is
 * required is a rule of its own.
 */
@Documented
@Constraint(validatedBy = E164Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface E164 {

    String message() default
            "'{value}' is not a phone number; write it with '+' and the country code, e.g. +46 10 443 50 00";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
