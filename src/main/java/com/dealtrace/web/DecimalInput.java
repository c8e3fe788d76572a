package com.dealtrace.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A decimal a person types into a form, such as a score: "0.94" and "0,94" are both read, in either language, and
 * the value is shown back with the reader's separator. Read and written by {@link DecimalInputFormat}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface DecimalInput {
}
