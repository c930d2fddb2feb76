package org.carepath.access;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which way in a request came: our API called by a program (HTTP Basic), the workspace (a signed-in
 * browser), the engine's REST API, or Tasklist and Cockpit (by the page that asked, which their
 * requests name in the Referer header; without one, by the resource asked for).
 */
final class Surfaces {

  static final String API = "api";
  static final String WORKSPACE = "workspace";
  static final String ENGINE_REST = "engine-rest";
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/";

  /** The surface, or null for requests that can show no family (pages' assets, Admin). */
  static String of(HttpServletRequest request) {
    String path = path(request);
    if (path.startsWith("/api/")) {
      return request.getHeader("Authorization") != null ? API : WORKSPACE;
    }
    if (path.startsWith("/cases/") || path.startsWith("/tasks/")) {
      return WORKSPACE;
    }
    if (path.startsWith("/engine-rest/")) {
      return ENGINE_REST;
    }
    if (path.startsWith("/camunda/api/cockpit/")) {
      return COCKPIT;
    }
    if (path.startsWith("/camunda/api/tasklist/")) {
      return TASKLIST;
    }
    if (path.startsWith(WEBAPP_ENGINE)) {
      String referer = request.getHeader("Referer");
      if (referer != null && referer.contains("/camunda/app/tasklist")) {
        return TASKLIST;
      }
      if (referer != null && referer.contains("/camunda/app/cockpit")) {
        return COCKPIT;
      }
      if (referer != null && referer.contains("/camunda/app/admin")) {
        return null;
      }
      String resource = EngineReads.segments(path).stream().findFirst().orElse("");
      return resource.equals("task") || resource.equals("filter") ? TASKLIST : COCKPIT;
    }
    return null;
  }

  static boolean isEngine(String surface) {
    return ENGINE_REST.equals(surface) || TASKLIST.equals(surface) || COCKPIT.equals(surface);
  }

  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private Surfaces() {}
}
