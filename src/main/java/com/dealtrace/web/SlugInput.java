package com.dealtrace.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A slug typed in a form: empty (one is made from the title), or the shape {@link Slugs} makes, at most as long as it makes them. */
@Size(max = 80, message = "{validation.slug.size}")
@Pattern(regexp = "^\\s*$|^\\s*" + Slugs.SHAPE + "\\s*$", message = "{validation.slug.pattern}")
@Constraint(validatedBy = {})
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SlugInput {

    String message() default "{validation.slug.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
