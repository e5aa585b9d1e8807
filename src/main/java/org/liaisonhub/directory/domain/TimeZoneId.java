package org.liaisonhub.directory.domain;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.ZoneId;

/**
 * A region-based IANA time zone the JDK's rules know ({@code Europe/Stockholm}, {@code America/Sao_Paulo}); fixed
 * offsets such as {@code +02:00} are refused, as they ignore daylight saving time. Null and blank are valid.
 */
@Documented
@Constraint(validatedBy = TimeZoneId.Validator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface TimeZoneId {

    String message() default "is not an IANA time zone such as Europe/Stockholm or America/Sao_Paulo";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks the name up among the JDK's region zone ids. */
    class Validator implements ConstraintValidator<TimeZoneId, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || value.isBlank()
                    || value.contains("/") && ZoneId.getAvailableZoneIds().contains(value.strip());
        }
    }
}
