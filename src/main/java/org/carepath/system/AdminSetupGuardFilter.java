package org.carepath.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's first-run setup (CVE-2026-77226: in 7.24.0 CE it counts only direct
 * members of camunda-admin, so an anonymous caller can create an administrator when that group is
 * empty). carepath always creates its administrator at startup, so the endpoint is never needed.
 */
class AdminSetupGuardFilter extends OncePerRequestFilter {

  private final ObjectMapper json;

  AdminSetupGuardFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Problems.write(
        response,
        json,
        HttpStatus.NOT_FOUND,
        "setup-disabled",
        "First-run setup is disabled: carepath creates its administrator at startup.",
        List.of());
  }
}
