package dev.amends.service;

import dev.amends.cli.BadInputException;
import dev.amends.api.RuleEvaluationException;
import dev.amends.model.InvalidIncidentException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/**
 * Every error as an RFC 9457 problem document ({@code application/problem+json}): bad input in the
 * command line's own words, with the field at fault in {@code field}; Spring MVC's own refusals
 * (unsupported media type, unknown path, wrong method) as Spring words them.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    /** Where the problem types are described. */
    static final String TYPES = "https://github.com/amends-dev/amends/blob/main/docs/service.md#";

    /** 400: the incident cannot be used; {@code field} names the field at fault, when one is. */
    @ExceptionHandler(BadInputException.class)
    ResponseEntity<ProblemDetail> badInput(BadInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-incident", "The incident cannot be used", e.getMessage());
        if (!RequestBody.NAME.equals(e.subject())) {
            problem.setProperty("field", e.subject());
        }
        return ResponseEntity.of(problem).build();
    }

    /**
     * 400: the incident's facts do not fit the playbook, such as an event naming an action it
     * does not know or a reply missing from a step done in-house; {@code field} names the field at fault.
     */
    @ExceptionHandler(InvalidIncidentException.class)
    ResponseEntity<ProblemDetail> invalidIncident(InvalidIncidentException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-incident", "The incident cannot be used", e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.of(problem).build();
    }

    /** 413: the body is longer than an incident may be. */
    @ExceptionHandler(RequestBody.TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBody.TooLargeException e) {
        return ResponseEntity.of(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "The request body is too large", e.getMessage())).build();
    }

    /** 500: a rule failed (or ran past the firing or time limit); {@code rule} names it. */
    @ExceptionHandler(RuleEvaluationException.class)
    ResponseEntity<ProblemDetail> ruleFailed(RuleEvaluationException e) {
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "rule-failed", "A rule of the playbook failed",
                e.getMessage() + "; fix that rule (or report it, if it is in the default playbook)");
        problem.setProperty("rule", e.rule());
        return ResponseEntity.of(problem).build();
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail.replaceAll("\\s+", " ").strip());
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
