package com.dealtrace.web;

import java.util.function.BiConsumer;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;

/**
 * A form's cross-field and reference rules as a {@link Validator}, for a controller's {@code @InitBinder} to register
 * (petclinic's {@code PetValidator} shape): the binder then runs them after the bean constraints on every
 * {@code @Valid} form, and no handler calls them by hand.
 */
public record FormRules<T>(Class<T> type, BiConsumer<T, Errors> rules) implements Validator {

    @Override
    public boolean supports(Class<?> clazz) {
        return type.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        rules.accept(type.cast(target), errors);
    }

    /**
     * Registers the rules unless the request is a step that saves nothing ("Find", "Add a row", …), where the
     * editor is still writing and only the bean constraints run.
     */
    public static <T> void register(WebDataBinder binder, Class<T> type,
            BiConsumer<T, Errors> rules, String... steps) {
        for (String step : steps) {
            if (step != null) {
                return;
            }
        }
        binder.addValidators(new FormRules<>(type, rules));
    }
}
