package org.carepath.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.carepath.system.CorrelationIds;
import org.carepath.system.CurrentUser;
import org.carepath.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Writes every read of a family to the access log, through every surface: our API and workspace
 * (handlers marked {@link FamilyData}), the engine's REST API, Tasklist and Cockpit. The answer is
 * held back until its entries are committed, so nothing about a family leaves without a record of
 * who saw it; if the log cannot be written, the answer is withheld (503).
 */
class AccessLogFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(AccessLogFilter.class);

  /** Engine query bodies are small; a larger one is passed on but not searched for ids. */
  private static final int BODY_LIMIT = 1 << 20;

  private final AccessLog accessLog;
  private final CaseLookup lookup;
  private final CurrentUser currentUser;
  private final ObjectMapper json;
  private final IdentityService identityService;

  AccessLogFilter(
      AccessLog accessLog,
      CaseLookup lookup,
      CurrentUser currentUser,
      ObjectMapper json,
      IdentityService identityService) {
    this.identityService = identityService;
    this.accessLog = accessLog;
    this.lookup = lookup;
    this.currentUser = currentUser;
    this.json = json;
  }

  private record Seen(Collection<String> cases, String what, boolean refused) {}

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String surface = Surfaces.of(request);
    AccessLog.Viewer viewer = viewer(request);
    if (surface == null || viewer == null) {
      chain.doFilter(request, response);
      return;
    }
    boolean engine = Surfaces.isEngine(surface);
    List<String> segments = engine ? EngineReads.segments(Surfaces.path(request)) : List.of();
    String engineWhat = engine ? EngineReads.what(request.getMethod(), segments) : null;
    if (engine && engineWhat == null) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest reading =
        engine ? new ContentCachingRequestWrapper(request, BODY_LIMIT) : request;
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(reading, answer);
      record(reading, answer, segments, engineWhat, surface, viewer);
    } finally {
      answer.copyBodyToResponse();
    }
  }

  /**
   * Who is looking: the engine's user for the request, or (where the webapps' own filters have
   * reset it before this runs) the user Spring Security signed in, with their groups.
   */
  private AccessLog.Viewer viewer(HttpServletRequest request) {
    if (currentUser.authentication().isPresent()) {
      return new AccessLog.Viewer(
          currentUser.userId(), currentUser.groupIds(), CorrelationIds.of(request));
    }
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null
        || !signedIn.isAuthenticated()
        || signedIn instanceof AnonymousAuthenticationToken) {
      return null;
    }
    List<String> groups =
        identityService.createGroupQuery().groupMember(signedIn.getName()).list().stream()
            .map(Group::getId)
            .toList();
    return new AccessLog.Viewer(signedIn.getName(), groups, CorrelationIds.of(request));
  }

  private void record(
      HttpServletRequest request,
      ContentCachingResponseWrapper answer,
      List<String> segments,
      String engineWhat,
      String surface,
      AccessLog.Viewer viewer)
      throws IOException {
    try {
      Seen seen =
          engineWhat != null
              ? engineSeen(request, answer, segments, engineWhat)
              : apiSeen(request, answer.getStatus());
      if (seen != null) {
        accessLog.record(viewer, seen.cases(), seen.what(), surface, seen.refused(), null);
      }
    } catch (RuntimeException unrecorded) {
      log.error(
          "Could not write the access log for {} {} [correlation {}]; the answer is withheld",
          request.getMethod(),
          request.getRequestURI(),
          viewer.correlationId(),
          unrecorded);
      answer.resetBuffer();
      Problems.write(
          answer,
          json,
          HttpStatus.SERVICE_UNAVAILABLE,
          "access-log-unavailable",
          "The record of who viewed this could not be written, so it is not shown. Try again in"
              + " a minute; if it goes on, tell the service desk (correlation id "
              + viewer.correlationId()
              + ").",
          List.of());
    }
  }

  private Seen apiSeen(HttpServletRequest request, int status) {
    Object what = request.getAttribute(ReadsOfFamilies.WHAT);
    if (what == null) {
      return null;
    }
    boolean refused = status == 401 || status == 403;
    boolean refusalsOnly = Boolean.TRUE.equals(request.getAttribute(ReadsOfFamilies.REFUSALS_ONLY));
    if (!refused && (status >= 300 || refusalsOnly)) {
      return null;
    }
    Set<String> cases = new LinkedHashSet<>(ReadsOfFamilies.casesOf(request));
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> variables) {
      String path = Surfaces.path(request);
      if (variables.get("id") instanceof String reference
          && (path.startsWith("/api/cases/") || path.startsWith("/cases/"))) {
        cases.add(reference);
      }
      if (variables.get("taskId") instanceof String taskId) {
        cases.addAll(lookup.caseOfTask(taskId));
      }
    }
    Set<String> existing = lookup.existing(cases);
    if (existing.isEmpty() && refused) {
      // A refused list or report: no case to file it under, and the most telling entry of all.
      return new Seen(java.util.Collections.singletonList(null), (String) what, true);
    }
    return existing.isEmpty() ? null : new Seen(existing, (String) what, refused);
  }

  private Seen engineSeen(
      HttpServletRequest request,
      ContentCachingResponseWrapper answer,
      List<String> segments,
      String what) {
    int status = answer.getStatus();
    boolean refused = status == 401 || status == 403 || status == 404;
    if (!refused && status >= 300) {
      return null;
    }
    byte[] body =
        request instanceof ContentCachingRequestWrapper cached
            ? cached.getContentAsByteArray()
            : null;
    EngineReads.Named named =
        EngineReads.named(
            segments,
            request.getParameterMap(),
            body,
            refused ? null : answer.getContentAsByteArray(),
            json);
    if (named.isEmpty()) {
      return null;
    }
    Set<String> cases = lookup.casesOf(named);
    return cases.isEmpty() ? null : new Seen(cases, what, refused);
  }
}
