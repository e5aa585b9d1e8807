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

/** Office hours {@link WeeklyHours} can read; the message says what is wrong. Null and blank are valid (none). */
@Documented
@Constraint(validatedBy = OfficeHours.Validator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface OfficeHours {

    String message() default "are not office hours such as Mon-Fri 08:00-16:30";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with {@link WeeklyHours#problem} and reports its explanation. */
    class Validator implements ConstraintValidator<OfficeHours, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return WeeklyHours.problem(value)
                    .map(problem -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate(
                                        ("are not office hours such as Mon-Fri 08:00-16:30: " + problem)
                                                .replaceAll("[{}$\\\\]", ""))
                                .addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
