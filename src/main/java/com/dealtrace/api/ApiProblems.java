package com.dealtrace.api;

import java.util.List;
import java.util.Map;

import com.dealtrace.bundle.BundleImporter;
import com.dealtrace.bundle.BundleReader;
import com.dealtrace.bundle.InvalidBundleException;
import com.dealtrace.web.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The API's errors as RFC 9457 problem details; the pages keep their HTML error pages. */
@RestControllerAdvice(assignableTypes = {ApiController.class})
class ApiProblems {

    /** Query parameters that do not bind or validate. */
    static class BadParameters extends RuntimeException {

        private final transient BindingResult errors;

        BadParameters(BindingResult errors) {
            super("Some parameters are not valid");
            this.errors = errors;
        }

        /** One parameter that is not valid, with what it should be. */
        BadParameters(String parameter, String expected) {
            this(one(parameter, expected));
        }

        private static BindingResult one(String parameter, String expected) {
            var errors = new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "parameters");
            errors.addError(new org.springframework.validation.FieldError("parameters", parameter, expected));
            return errors;
        }
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "Nothing at this address.");
    }

    @ExceptionHandler
    ProblemDetail badParameters(BadParameters ex) {
        var problem = problem(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setProperty("errors", ex.errors.getFieldErrors().stream()
                .map(e -> Map.of("parameter", e.getField(), "message", e.isBindingFailure()
                        ? "cannot be read as the expected type" : String.valueOf(e.getDefaultMessage())))
                .toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        return problem(HttpStatus.BAD_REQUEST, "The parameter '" + ex.getName() + "' cannot be read as the expected type.");
    }

    @ExceptionHandler
    ProblemDetail invalidBundle(InvalidBundleException ex) {
        boolean all = ex.total() == ex.problems().size();
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "The bundle was not imported: " + ex.total()
                + " problem(s), " + (all ? "" : "the first " + ex.problems().size() + " ") + "listed with their JSON paths.");
        problem.setProperty("errors", ex.problems());
        problem.setProperty("totalErrors", ex.total());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail malformed(BundleReader.Malformed ex) {
        return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(BundleImporter.Busy ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail tooLarge(BundleReader.TooLarge ex) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", List.of());
        return problem;
    }
}
