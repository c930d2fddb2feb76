package org.carepath.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id, taken from {@code X-Correlation-Id} when a caller (a load
 * balancer, a client) sends a sane one: it is answered in the same header, written in the log lines
 * of the request and in its access-log entries, so support can follow one request across them.
 */
public class CorrelationIds extends OncePerRequestFilter {

  public static final String HEADER = "X-Correlation-Id";

  private static final String ATTRIBUTE = CorrelationIds.class.getName();
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  /** The request's correlation id (made now if the filter has not run, e.g. in a unit test). */
  public static String of(HttpServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    if (id == null) {
      String sent = request.getHeader(HEADER);
      id = sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
      request.setAttribute(ATTRIBUTE, id);
    }
    return (String) id;
  }

  /** The current request's correlation id, or "none" outside a request (a timer, a job). */
  public static String current() {
    return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
            instanceof org.springframework.web.context.request.ServletRequestAttributes request
        ? of(request.getRequest())
        : "none";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = of(request);
    response.setHeader(HEADER, id);
    MDC.put("correlationId", id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove("correlationId");
    }
  }
}
