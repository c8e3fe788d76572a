package com.dealtrace.bundle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import com.dealtrace.source.UrlNormalizer;
import com.dealtrace.web.DateInput;
import com.dealtrace.web.PlainText;
import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The checks of a bundle's values, as Bean Validation constraints on {@link BundleFile}'s components. Each gives at
 * most one problem, in the words docs/bundles.md uses ("is missing", "must be one of [...]"). The text checks also
 * tell Jackson to take only JSON strings, and the number checks only JSON numbers: anything else is a problem at its
 * path ({@link BundleValues}).
 */
final class BundleChecks {

    static final String CONTROL = "holds control characters (such as NUL); remove them";

    private BundleChecks() {
    }

    /** Text up to {@code max} characters, without control characters; {@code required}: not blank. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = TextCheck.class)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = BundleValues.TextValue.class)
    @interface Text {

        int max();

        boolean required() default false;

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Text of at most 300 characters in a shape, such as a slug or a country code. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = MatchingCheck.class)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = BundleValues.TextValue.class)
    @interface Matching {

        String regex();

        /** The shape in words, after "must be". */
        String expected();

        boolean required() default false;

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The name of a value of an enumeration. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ChoiceCheck.class)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = BundleValues.TextValue.class)
    @interface Choice {

        Class<? extends Enum<?>> value();

        boolean required() default false;

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** An existing date written yyyy-mm-dd, not in the future. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = DayCheck.class)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = BundleValues.TextValue.class)
    @interface Day {

        boolean required() default false;

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A moment with its offset, such as 2024-05-20T09:30:00Z, not in the future. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = TimestampCheck.class)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = BundleValues.TextValue.class)
    @interface Timestamp {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A full http or https address of at most 2,000 characters. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = UrlCheck.class)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = BundleValues.TextValue.class)
    @interface Url {

        boolean required() default false;

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Strings without control characters. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PlainListCheck.class)
    @interface PlainList {

        String message() default CONTROL;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A money amount: not negative, at most two decimals and sixteen whole digits. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = AmountCheck.class)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = BundleValues.NumberValue.class)
    @interface Amount {

        String message() default "must be a positive amount with at most two decimals";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A score: between 0 and 1 with at most two decimals. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = FractionCheck.class)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = BundleValues.NumberValue.class)
    @interface Fraction {

        String message() default "must be between 0 and 1 with at most two decimals";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A grading policy version: a whole number from 1 (whether this Dealtrace has it is asked when importing). */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = VersionCheck.class)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = BundleValues.NumberValue.class)
    @interface Version {

        String message() default "must be a grading policy version, a whole number from 1";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    // ---------------------------------------------------------------- the checks, also used by the reader

    /** What is wrong with a text, or null. */
    static String textProblem(String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            return required ? "is missing" : null;
        }
        if (value.length() > max) {
            return "is longer than " + max + " characters";
        }
        return PlainText.Validator.isPlain(value) ? null : CONTROL;
    }

    /** The text, stripped, if it passes the checks of a {@link Matching} with this pattern; else null. */
    static String matching(String value, String regex) {
        return value == null || value.isBlank() || textProblem(value, false, 300) != null
                || !value.strip().matches(regex) ? null : value.strip();
    }

    static String urlProblem(String value, boolean required) {
        String problem = textProblem(value, required, 2_000);
        if (problem != null || value == null || value.isBlank()) {
            return problem;
        }
        String url = value.strip();
        if (UrlNormalizer.tooLong(url)) {
            return "is longer than 2,000 bytes";
        }
        return UrlNormalizer.key(url).isEmpty() ? "must be a full http or https address" : null;
    }

    /** The key of a good address, by which sources are matched; null for a bad one. */
    static String urlKey(String value) {
        return value == null || urlProblem(value, true) != null ? null : UrlNormalizer.key(value.strip()).orElseThrow();
    }

    static String dayProblem(String value, boolean required) {
        String problem = textProblem(value, required, 30);
        if (problem != null || value == null || value.isBlank()) {
            return problem;
        }
        try {
            return DateInput.parse(value.strip()).isAfter(LocalDate.now()) ? "lies in the future" : null;
        }
        catch (DateTimeParseException ex) {
            return "must be an existing date written yyyy-mm-dd";
        }
    }

    /** The date of a checked day, or null. */
    static LocalDate day(String value) {
        return value == null || dayProblem(value, true) != null ? null : DateInput.parse(value.strip());
    }

    /** Whether a number is a grading policy version: a whole number from 1. */
    static boolean isVersion(BigDecimal n) {
        return n != null && n.scale() <= 0 && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    abstract static class Check<A extends java.lang.annotation.Annotation, T> implements ConstraintValidator<A, T> {

        abstract String problem(T value);

        @Override
        public final boolean isValid(T value, ConstraintValidatorContext context) {
            String problem = problem(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // the problem is plain words, never a message template
            context.buildConstraintViolationWithTemplate(problem.replace("\\", "\\\\").replace("{", "\\{")
                    .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
            return false;
        }
    }

    public static final class TextCheck extends Check<Text, String> {

        private Text text;

        @Override
        public void initialize(Text annotation) {
            text = annotation;
        }

        @Override
        String problem(String value) {
            return textProblem(value, text.required(), text.max());
        }
    }

    public static final class MatchingCheck extends Check<Matching, String> {

        private Matching matching;
        private Pattern pattern;

        @Override
        public void initialize(Matching annotation) {
            matching = annotation;
            pattern = Pattern.compile(annotation.regex());
        }

        @Override
        String problem(String value) {
            String problem = textProblem(value, matching.required(), 300);
            if (problem != null || value == null || value.isBlank()) {
                return problem;
            }
            return pattern.matcher(value.strip()).matches() ? null : "must be " + matching.expected();
        }
    }

    public static final class ChoiceCheck extends Check<Choice, String> {

        private Choice choice;
        private List<String> names;

        @Override
        public void initialize(Choice annotation) {
            choice = annotation;
            names = java.util.Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toList();
        }

        @Override
        String problem(String value) {
            String problem = textProblem(value, choice.required(), 100);
            if (problem != null || value == null || value.isBlank()) {
                return problem;
            }
            return names.contains(value.strip()) ? null : "must be one of " + names;
        }
    }

    public static final class DayCheck extends Check<Day, String> {

        private boolean required;

        @Override
        public void initialize(Day annotation) {
            required = annotation.required();
        }

        @Override
        String problem(String value) {
            return dayProblem(value, required);
        }
    }

    public static final class TimestampCheck extends Check<Timestamp, String> {

        @Override
        String problem(String value) {
            String problem = textProblem(value, false, 40);
            if (problem != null || value == null || value.isBlank()) {
                return problem;
            }
            try {
                return OffsetDateTime.parse(value.strip()).isAfter(OffsetDateTime.now().plusMinutes(5)) ? "lies in the future" : null;
            }
            catch (DateTimeParseException ex) {
                return "must be a timestamp such as 2024-05-20T09:30:00Z";
            }
        }
    }

    public static final class UrlCheck extends Check<Url, String> {

        private boolean required;

        @Override
        public void initialize(Url annotation) {
            required = annotation.required();
        }

        @Override
        String problem(String value) {
            return urlProblem(value, required);
        }
    }

    public static final class PlainListCheck implements ConstraintValidator<PlainList, List<String>> {

        @Override
        public boolean isValid(List<String> value, ConstraintValidatorContext context) {
            return value == null || value.stream().allMatch(PlainText.Validator::isPlain);
        }
    }

    public static final class AmountCheck implements ConstraintValidator<Amount, BigDecimal> {

        @Override
        public boolean isValid(BigDecimal n, ConstraintValidatorContext context) {
            return n == null || n.signum() >= 0 && n.scale() <= 2 && n.precision() - n.scale() <= 16;
        }
    }

    public static final class FractionCheck implements ConstraintValidator<Fraction, BigDecimal> {

        @Override
        public boolean isValid(BigDecimal n, ConstraintValidatorContext context) {
            return n == null || n.compareTo(BigDecimal.ZERO) >= 0 && n.compareTo(BigDecimal.ONE) <= 0 && n.scale() <= 2;
        }
    }

    public static final class VersionCheck implements ConstraintValidator<Version, BigDecimal> {

        @Override
        public boolean isValid(BigDecimal n, ConstraintValidatorContext context) {
            return n == null || isVersion(n);
        }
    }
}
