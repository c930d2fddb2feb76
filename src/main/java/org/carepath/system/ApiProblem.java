package org.carepath.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request we refuse, with a stable problem type ({@code urn:carepath:problem:<slug>}) and
 * plain-words detail. Rendered as RFC 9457 problem JSON by {@link ApiExceptionHandler}.
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String slug;
  private final List<FieldProblem> errors;

  public ApiProblem(HttpStatus status, String slug, String detail, List<FieldProblem> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.errors = List.copyOf(errors);
  }

  public static ApiProblem invalid(List<FieldProblem> errors) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", describe(errors), errors);
  }

  public static ApiProblem notFound(String slug, String detail) {
    return new ApiProblem(HttpStatus.NOT_FOUND, slug, detail, List.of());
  }

  public static ApiProblem conflict(String slug, String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, slug, detail, List.of());
  }

  public static String describe(List<FieldProblem> errors) {
    StringBuilder detail =
        new StringBuilder("The request has ")
            .append(errors.size())
            .append(errors.size() == 1 ? " problem: " : " problems: ");
    for (int i = 0; i < errors.size(); i++) {
      FieldProblem error = errors.get(i);
      detail.append(i == 0 ? "" : "; ").append(error.field()).append(' ').append(error.message());
    }
    return detail.toString();
  }

  public HttpStatus status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public List<FieldProblem> errors() {
    return errors;
  }
}
