package com.dealtrace.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Every text field of the annotated form holds plain text: no control characters besides tab and line breaks.
 * PostgreSQL cannot store NUL at all, and the other control characters are invisible, vanish when text is trimmed
 * and break feeds and exports. Each offending field gets its own error. Put it on every form and row class.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "{validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, Object> {

        /** Whether the text holds no control character other than tab, line feed and carriage return. */
        public static boolean isPlain(CharSequence text) {
            if (text == null) {
                return true;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean isValid(Object form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            boolean valid = true;
            for (Field field : form.getClass().getDeclaredFields()) {
                if (field.getType() != String.class || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (!isPlain(read(field, form))) {
                    valid = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode(field.getName()).addConstraintViolation();
                }
            }
            return valid;
        }

        private static String read(Field field, Object form) {
            try {
                field.setAccessible(true);
                return (String) field.get(form);
            }
            catch (IllegalAccessException ex) {
                throw new IllegalStateException("Cannot read " + field, ex);
            }
        }
    }
}
