package com.dealtrace.web;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Completes the validation of a filter record bound from the query string. Spring validates a record only when
 * every one of its values converted; where one did not (a status of "WHATEVER"), the others would go unchecked into
 * the query (a page of 0 became a negative OFFSET, NUL reached PostgreSQL), so they are validated here.
 */
@Component
public class FilterValidation {

    private final SpringValidatorAdapter validator;

    FilterValidation(Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    public void complete(Object filter, BindingResult errors) {
        boolean onlyBindingFailures = errors.getAllErrors().stream()
                .allMatch(error -> error instanceof FieldError field && field.isBindingFailure());
        if (errors.hasErrors() && onlyBindingFailures) {
            validator.validate(filter, errors);
        }
    }
}
