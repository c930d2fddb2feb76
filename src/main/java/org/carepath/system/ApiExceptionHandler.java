package org.carepath.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of {@code /api} as RFC 9457 problem JSON with a stable type and the bad fields. */
@RestControllerAdvice(basePackages = "org.carepath")
class ApiExceptionHandler {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ProblemDetail refused(ApiProblem problem) {
    return Problems.of(problem.status(), problem.slug(), problem.getMessage(), problem.errors());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException exception) {
    List<FieldProblem> errors =
        exception.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(), message(error)))
            .toList();
    return Problems.of(
        HttpStatus.BAD_REQUEST, "invalid-request", ApiProblem.describe(errors), errors);
  }

  /** A value that could not even be read as its type is named without Java's words. */
  private static String message(org.springframework.validation.FieldError error) {
    if (!error.isBindingFailure() || error.getCodes() == null) {
      return error.getDefaultMessage();
    }
    String code = error.getCodes()[error.getCodes().length - 1];
    return "must be a "
        + code.substring(code.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException exception) {
    if (exception.getCause() instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      String field = path(mapping.getPath());
      String message =
          mapping instanceof InvalidFormatException format
              ? "has a value that is not a valid "
                  + format.getTargetType().getSimpleName()
                  + ": "
                  + format.getValue()
              : "cannot be read: " + mapping.getOriginalMessage();
      List<FieldProblem> errors = List.of(new FieldProblem(field, message));
      return Problems.of(
          HttpStatus.BAD_REQUEST, "invalid-request", ApiProblem.describe(errors), errors);
    }
    return Problems.of(
        HttpStatus.BAD_REQUEST,
        "unreadable-body",
        "The request body is not valid JSON for this resource.",
        List.of());
  }

  /**
   * Two people changing the same case at the same moment: the later change is not made, and says so
   * in plain words, with a reference to the log entry.
   */
  @ExceptionHandler({
    org.camunda.bpm.engine.OptimisticLockingException.class,
    org.springframework.dao.ConcurrencyFailureException.class
  })
  ProblemDetail conflict(RuntimeException exception) {
    String correlationId = java.util.UUID.randomUUID().toString();
    log.info("Conflict in the API [correlation {}]", correlationId, exception);
    ProblemDetail problem =
        Problems.of(HttpStatus.CONFLICT, "conflict", EngineErrorFilter.CONFLICT_DETAIL, List.of());
    problem.setProperty("correlationId", correlationId);
    return problem;
  }

  /** A query parameter of the wrong kind, e.g. {@code level=four}: named, as any bad field. */
  @ExceptionHandler(org.springframework.beans.TypeMismatchException.class)
  ProblemDetail wrongKind(org.springframework.beans.TypeMismatchException exception) {
    String name =
        exception
                instanceof
                org.springframework.web.method.annotation.MethodArgumentTypeMismatchException
                    mismatch
            ? mismatch.getName()
            : String.valueOf(exception.getPropertyName());
    String kind =
        exception.getRequiredType() == null
            ? "value"
            : exception.getRequiredType().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    List<FieldProblem> errors = List.of(new FieldProblem(name, "must be a " + kind));
    return Problems.of(
        HttpStatus.BAD_REQUEST, "invalid-request", ApiProblem.describe(errors), errors);
  }

  /** Anything else is our fault: say so without leaking internals, and log it for operators. */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception exception) {
    if (exception instanceof org.springframework.web.ErrorResponse response) {
      ProblemDetail body = response.getBody();
      body.setType(java.net.URI.create(Problems.TYPE_PREFIX + "request-refused"));
      return body;
    }
    String correlationId = java.util.UUID.randomUUID().toString();
    log.error("Unexpected error in the API [correlation {}]", correlationId, exception);
    ProblemDetail problem =
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "carepath could not complete the request. Nothing was stored; try again, or tell"
                + " support the reference "
                + correlationId
                + ".",
            List.of());
    problem.setProperty("correlationId", correlationId);
    return problem;
  }

  private static String path(List<JsonMappingException.Reference> references) {
    return references.stream()
        .map(
            ref ->
                ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }
}
