package org.carepath.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds the problem JSON every refusal uses, in controllers and in servlet filters alike. */
public final class Problems {

  public static final String TYPE_PREFIX = "urn:carepath:problem:";

  public static ProblemDetail of(
      HttpStatus status, String slug, String detail, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + slug));
    problem.setTitle(status.getReasonPhrase());
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /** For filters, which run before Spring MVC can render a ProblemDetail. */
  public static void write(
      HttpServletResponse response,
      ObjectMapper json,
      HttpStatus status,
      String slug,
      String detail,
      List<FieldProblem> errors)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), of(status, slug, detail, errors));
  }

  private Problems() {}
}
