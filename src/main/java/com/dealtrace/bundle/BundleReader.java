package com.dealtrace.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import com.dealtrace.bundle.BundleFile.Case;
import com.dealtrace.bundle.BundleFile.CasePhase;
import com.dealtrace.bundle.BundleFile.Citation;
import com.dealtrace.bundle.BundleFile.Deal;
import com.dealtrace.bundle.BundleFile.Grade;
import com.dealtrace.bundle.BundleFile.Party;
import com.dealtrace.bundle.BundleFile.Source;
import com.dealtrace.party.CaseStatus;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads a bundle: refuses bodies over the size limit and text that is not JSON (with its line and column), binds the
 * parties, sources and deals to {@link BundleFile}'s records with the application's JSON mapper, one at a time, and
 * checks each with the application's validator, noting every problem at its JSON path. A deal is kept only while the
 * bundle has no problem (a bundle with problems is refused whole), so that even a hostile body, such as five
 * mebibytes of empty deals, costs no more than a deal at a time; the mapper refuses nesting deeper than
 * {@value com.dealtrace.web.JsonSettings#MAX_DEPTH} levels.
 */
@Component
public class BundleReader {

    private static final Set<String> ROOT_KEYS = Set.of("format", "version", "parties", "sources", "deals");
    private static final ClassValue<List<String>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return type.isRecord() ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
        }
    };
    private static final DeserializationProblemHandler PROBLEMS = new TypeProblems();
    /** How many checked objects a read remembers, with their violations. */
    private static final int REMEMBERED = 10_000;

    private final JsonMapper json;
    private final Validator validator;

    BundleReader(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** Too large to read. */
    public static class TooLarge extends RuntimeException {

        TooLarge(int limit) {
            super("A bundle may hold at most " + limit / (1024 * 1024) + " MiB");
        }
    }

    /** Not JSON, or nested deeper than a bundle ever is. */
    public static class Malformed extends RuntimeException {

        Malformed(String detail) {
            super(detail);
        }
    }

    /** A party or source a bundle names, or a grading policy version, with where it names it. */
    record Reference<T>(String path, T name) {
    }

    /**
     * A bundle as read: its problems, its parties by slug, its sources by address key, its deals (none once there is
     * a problem), what they name that is looked up when importing, and the key of each good address.
     */
    record Bundle(Problems problems, Map<String, Party> parties, Map<String, Source> sources, List<Deal> deals,
            List<Reference<String>> partyRefs, List<Reference<String>> publisherRefs,
            List<Reference<String>> sourceRefs, List<Reference<Integer>> policyRefs, Map<String, String> urlKeys) {
    }

    Bundle read(InputStream body, int limit, boolean admin) throws IOException {
        byte[] bytes = body.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new TooLarge(limit);
        }
        var problems = new Problems();
        // the reader binds one element at a time, the rest of the body after it
        ObjectReader reader = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).withHandler(PROBLEMS)
                .withAttribute(Problems.class, problems);
        try (JsonParser parser = reader.createParser(bytes)) {
            try {
                var read = new Read(reader, parser, problems, admin);
                read.root();
                return read.bundle();
            }
            catch (JacksonException ex) {
                JacksonException unreadable = unreadable(ex);
                if (unreadable == null) {
                    // a value no check foresaw: a problem at its place, with those found before, not a server error
                    problems.add(at(parser), "cannot be read here");
                    throw problems.refusal();
                }
                // limits (such as the nesting depth) are reported without a location: the parser knows it
                throw malformed(unreadable.getOriginalMessage(),
                        unreadable.getLocation() != null ? unreadable.getLocation() : parser.currentLocation());
            }
        }
    }

    /** What made the text unreadable as JSON, if that is why binding failed. */
    private static JacksonException unreadable(JacksonException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read) {
                return read;
            }
        }
        return ex instanceof DatabindException ? null : ex;
    }

    private static Malformed malformed(String detail, TokenStreamLocation where) {
        String at = where == null || where.getLineNr() < 1 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        String message = detail == null ? "" : detail.length() > 300 ? detail.substring(0, 300) + "…" : detail;
        return new Malformed("The body is not valid JSON" + at + ": " + message);
    }

    // ---------------------------------------------------------------- paths and binding problems

    /** The JSON path of the value the parser is at. */
    static String at(JsonParser p) {
        TokenStreamContext context = p.streamReadContext();
        if (p.currentToken() != null && p.currentToken().isStructStart()) {
            context = context.getParent();
        }
        return path(context);
    }

    /** The path of the value being read in this context: an array's current element, an object's current member. */
    private static String path(TokenStreamContext context) {
        if (context == null || context.inRoot()) {
            return "$";
        }
        String parent = path(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
        }
        return context.currentName() == null ? parent : parent + Problems.member(context.currentName());
    }

    static Problems problems(DeserializationContext ctxt) {
        return (Problems) ctxt.getAttribute(Problems.class);
    }

    /** Notes a value of the wrong type where the parser is, skips it, and reads it as none. */
    static <T> T wrong(JsonParser p, DeserializationContext ctxt, String message) {
        problems(ctxt).typeProblem(at(p), message);
        p.skipChildren();
        return null;
    }

    /** Turns what Jackson cannot bind (unknown keys, a number where an object or array belongs) into problems. */
    private static final class TypeProblems extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) {
            if (problems(ctxt).full()) {
                // past the problems that are listed, only the count matters
                problems(ctxt).count(1);
                p.skipChildren();
                return true;
            }
            JsonParser main = ctxt.getParser();
            // a record's unknown keys are handed over once the record is read, the parser at its end
            String object = main.hasToken(JsonToken.END_OBJECT) ? path(main.streamReadContext())
                    : path((main.currentToken() != null && main.currentToken().isStructStart()
                            ? main.streamReadContext().getParent() : main.streamReadContext()).getParent());
            Collection<String> known = deserializer.getKnownPropertyNames().stream().map(String::valueOf).toList();
            problems(ctxt).unknownKey(object, propertyName, known);
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) {
            return wrong(p, ctxt, targetType.isContainerType() ? "must be an array"
                    : targetType.isRecordType() ? "must be an object" : "has the wrong type");
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsta, JsonParser p, String msg) {
            return wrong(p, ctxt, "must be an object");
        }
    }

    // ---------------------------------------------------------------- reading one bundle

    private final class Read {

        private final ObjectReader reader;
        private final JsonParser p;
        private final Problems problems;
        private final boolean admin;
        private final Map<String, Party> parties = new LinkedHashMap<>();
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final Map<String, String> sourcePaths = new HashMap<>();
        private final List<Deal> deals = new ArrayList<>();
        private final List<Reference<String>> partyRefs = new ArrayList<>();
        private final List<Reference<String>> publisherRefs = new ArrayList<>();
        private final List<Reference<String>> sourceRefs = new ArrayList<>();
        private final List<Reference<Integer>> policyRefs = new ArrayList<>();
        private final Map<Object, Set<ConstraintViolation<Object>>> checked = new HashMap<>();
        private final Map<String, String> urlKeys = new HashMap<>();
        private Object lastDeal;
        private Set<ConstraintViolation<Object>> lastDealViolations;

        Read(ObjectReader reader, JsonParser p, Problems problems, boolean admin) {
            this.reader = reader;
            this.p = p;
            this.problems = problems;
            this.admin = admin;
        }

        Bundle bundle() {
            return new Bundle(problems, parties, sources, deals, partyRefs, publisherRefs, sourceRefs, policyRefs, urlKeys);
        }

        void root() {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new Malformed("The body is not valid JSON: it is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                p.skipChildren();
                end();
                problems.add("$", "must be a JSON object");
                return;
            }
            boolean format = false;
            boolean version = false;
            boolean hasDeals = false;
            for (JsonToken token = p.nextToken(); token != JsonToken.END_OBJECT; token = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "format" -> format = value == JsonToken.VALUE_STRING && BundleService.FORMAT.equals(p.getString());
                    case "version" -> version = value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                            && p.getIntValue() == 1;
                    case "parties" -> each(Party.class, this::party);
                    case "sources" -> each(Source.class, this::source);
                    case "deals" -> hasDeals |= each(Deal.class, this::deal);
                    default -> problems.unknownKey("$", name, ROOT_KEYS);
                }
                p.skipChildren();
            }
            end();
            // listed first, as they are about the whole bundle, though known only once it is read
            if (!version) {
                problems.addFirst("$.version", "must be 1");
            }
            if (!format) {
                problems.addFirst("$.format", "must be \"" + BundleService.FORMAT + "\"");
            }
            if (!hasDeals) {
                problems.add("$.deals", "is missing: give an array");
            }
        }

        private void end() {
            if (p.nextToken() != null) {
                throw malformed("there is more after the JSON value", p.currentLocation());
            }
        }

        /** Binds and checks the elements of the array the parser is at, one at a time; false if it is null. */
        private <T> boolean each(Class<T> type, BiConsumer<T, String> check) {
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                return false;
            }
            if (!p.hasToken(JsonToken.START_ARRAY)) {
                problems.add(at(p), "must be an array");
                return true;
            }
            ObjectReader elements = reader.forType(type);
            for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
                String path = at(p);
                if (token != JsonToken.START_OBJECT) {
                    problems.add(path, "must be an object");
                    p.skipChildren();
                    continue;
                }
                T element = elements.readValue(p);
                check.accept(element, path);
                problems.checked();
            }
            return true;
        }

        /**
         * The object's violations. Checks depend on the values alone, so an object equal to one checked before has its
         * violations: bundles repeat objects (a body of thousands of empty deals, the same citation under many
         * events), and checking costs microseconds an object. A deal is compared with the one before only, so that
         * no deal's events are kept for it.
         */
        private Set<ConstraintViolation<Object>> validate(Object object) {
            if (object instanceof Deal) {
                if (!object.equals(lastDeal)) {
                    lastDeal = object;
                    lastDealViolations = validator.validate(object);
                }
                return lastDealViolations;
            }
            var violations = checked.get(object);
            if (violations == null) {
                violations = validator.validate(object);
                if (checked.size() < REMEMBERED) {
                    checked.put(object, violations);
                }
            }
            return violations;
        }

        /** The key of an address, worked out once for each address the bundle holds. */
        private String urlKey(String url) {
            return url == null ? null : urlKeys.computeIfAbsent(url, BundleChecks::urlKey);
        }

        private boolean valid(Object object, String path) {
            if (object == null) {
                if (!problems.mistyped(path)) {
                    problems.add(path, "must be an object");
                }
                return false;
            }
            Set<ConstraintViolation<Object>> violations = validate(object);
            if (violations.isEmpty()) {
                return true;
            }
            if (problems.full() && !problems.anyMistyped()) {
                // past the problems that are listed, only the count matters
                problems.count(violations.size());
                return false;
            }
            List<String> order = COMPONENTS.get(object.getClass());
            violations.stream()
                    .sorted(Comparator.comparingInt(v -> order.indexOf(v.getPropertyPath().toString())))
                    .forEach(v -> {
                        String at = path + Problems.member(jsonName(object.getClass(), v.getPropertyPath().toString()));
                        if (!problems.mistyped(at)) {
                            problems.add(at, v.getMessage());
                        }
                    });
            return false;
        }

        private void party(Party party, String path) {
            valid(party, path);
            if (party.organisation() != null && BundleChecks.textProblem(party.organisation(), false, 100) == null
                    && BundleFile.text(party.organisation()) != null) {
                partyRefs.add(new Reference<>(path + ".organisation", BundleFile.text(party.organisation())));
            }
            String key = party.key();
            if (key != null && parties.put(key, party) != null) {
                problems.add(path + ".slug", "appears twice in the bundle");
            }
        }

        private void source(Source source, String path) {
            valid(source, path);
            String publisher = checkedText(source.publisherParty(), 100);
            if (publisher != null) {
                publisherRefs.add(new Reference<>(path + ".publisherParty", publisher));
            }
            String key = urlKey(source.url());
            if (key != null) {
                String first = sourcePaths.putIfAbsent(key, path);
                if (first != null) {
                    problems.add(path + ".url", "is the same document as " + first + ".url");
                }
                else {
                    sources.put(key, source);
                }
            }
        }

        private void deal(Deal deal, String path) {
            valid(deal, path);
            boolean hasAmount = deal.amount() != null || problems.mistyped(path + ".amount");
            // a blank currency counts as none, as it does everywhere else in the bundle
            boolean hasCurrency = BundleFile.text(deal.currency()) != null || problems.mistyped(path + ".currency");
            if (hasAmount != hasCurrency) {
                problems.add(path + (hasAmount ? ".currency" : ".amount"), "goes together with the "
                        + (hasAmount ? "amount" : "currency"));
            }
            for (int i = 0; i < deal.participants().size(); i++) {
                var participant = deal.participants().get(i);
                String pp = path + ".participants[" + i + "]";
                valid(participant, pp);
                String party = participant == null ? null : checkedText(participant.party(), 100);
                if (party != null) {
                    partyRefs.add(new Reference<>(pp + ".party", party));
                }
            }
            for (int i = 0; i < deal.translations().size(); i++) {
                valid(deal.translations().get(i), path + ".translations[" + i + "]");
            }
            var caseSlugs = new HashSet<String>();
            for (int i = 0; i < deal.cases().size(); i++) {
                checkCase(deal.cases().get(i), path + ".cases[" + i + "]", caseSlugs);
            }
            for (int i = 0; i < deal.events().size(); i++) {
                var event = deal.events().get(i);
                String ep = path + ".events[" + i + "]";
                valid(event, ep);
                if (event == null) {
                    continue;
                }
                String caseSlug = checkedText(event.caseSlug(), 100);
                if (caseSlug != null && !caseSlugs.contains(caseSlug)) {
                    problems.add(ep + ".case", "names no case of this deal");
                }
                citations(event.citations(), ep + ".citations");
            }
            citations(deal.citations(), path + ".citations");
            for (int i = 0; i < deal.grades().size(); i++) {
                String gp = path + ".grades[" + i + "]";
                if (!admin) {
                    // only admins grade: a grade in someone else's import would show as an admin's grade
                    problems.add(gp, "is a grade, and only admins import grades: remove the grades, or have an admin "
                            + "import the bundle");
                    continue;
                }
                Grade grade = deal.grades().get(i);
                valid(grade, gp);
                if (grade != null && BundleChecks.isVersion(grade.policyVersion())) {
                    policyRefs.add(new Reference<>(gp + ".policyVersion", grade.policyVersion().intValue()));
                }
            }
            if (!problems.any()) {
                deals.add(deal);
            }
        }

        private void checkCase(Case c, String cp, Set<String> caseSlugs) {
            valid(c, cp);
            if (c == null) {
                return;
            }
            caseSlugs.add(BundleChecks.matching(c.slug(), BundleFile.SLUG));
            String regulator = checkedText(c.regulator(), 100);
            if (regulator != null) {
                partyRefs.add(new Reference<>(cp + ".regulator", regulator));
            }
            var opened = BundleChecks.day(c.openedOn());
            var decided = BundleChecks.day(c.decidedOn());
            if (opened != null && decided != null && decided.isBefore(opened)) {
                problems.add(cp + ".decidedOn", "comes before openedOn");
            }
            if (Objects.equals(BundleFile.text(c.status()), CaseStatus.CLOSED.name()) && c.outcome() == null
                    && !problems.mistyped(cp + ".outcome")) {
                problems.add(cp + ".outcome", "is needed for a closed case");
            }
            for (int i = 0; i < c.phases().size(); i++) {
                CasePhase phase = c.phases().get(i);
                String pp = cp + ".phases[" + i + "]";
                valid(phase, pp);
                if (phase == null) {
                    continue;
                }
                var started = BundleChecks.day(phase.startedOn());
                var phaseDecided = BundleChecks.day(phase.decidedOn());
                if (started != null && phaseDecided != null && phaseDecided.isBefore(started)) {
                    problems.add(pp + ".decidedOn", "comes before startedOn");
                }
            }
        }

        private void citations(List<Citation> citations, String path) {
            var seen = new HashSet<String>();
            for (int i = 0; i < citations.size(); i++) {
                Citation citation = citations.get(i);
                String cp = path + "[" + i + "]";
                valid(citation, cp);
                if (citation == null) {
                    continue;
                }
                String key = urlKey(citation.url());
                if (key != null) {
                    sourceRefs.add(new Reference<>(cp + ".url", key));
                    if (!seen.add(key)) {
                        problems.add(cp + ".url", "cites the same source twice");
                    }
                }
            }
        }

        /** A text that passed its check, stripped; null if it is blank or did not pass. */
        private static String checkedText(String value, int max) {
            return BundleChecks.textProblem(value, false, max) == null ? BundleFile.text(value) : null;
        }
    }

    /** The key a record's component has in the JSON: its name, or the name its {@link JsonProperty} gives. */
    private static String jsonName(Class<?> type, String component) {
        try {
            JsonProperty property = type.getDeclaredField(component).getAnnotation(JsonProperty.class);
            return property == null ? component : property.value();
        }
        catch (NoSuchFieldException ex) {
            return component;
        }
    }
}
