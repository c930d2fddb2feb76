package org.carepath.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.carepath.access.FamilyData;
import org.carepath.access.NoFamilyData;
import org.carepath.access.WhatWasSeen;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.system.CurrentUser;
import org.carepath.system.Roles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The workspace's pages: one page of the front end built into the jar ({@code static/index.html}),
 * which shows the view its address names, with the data from {@code /api}. A case page opened by a
 * direct link is refused here already (403 page) when the user's agencies do not work on the case,
 * as the JSON behind it is.
 */
@Controller
class WorkspacePages {

  private final Cases cases;
  private final CurrentUser currentUser;

  WorkspacePages(Cases cases, CurrentUser currentUser) {
    this.cases = cases;
    this.currentUser = currentUser;
  }

  @GetMapping("/")
  @NoFamilyData("the page shell; the work list it shows is logged by /api/work")
  ResponseEntity<byte[]> work() throws IOException {
    return page("index", HttpStatus.OK);
  }

  @GetMapping("/login")
  @NoFamilyData("the sign-in page")
  ResponseEntity<byte[]> login() throws IOException {
    return page("index", HttpStatus.OK);
  }

  @GetMapping("/tasks/{taskId}")
  @NoFamilyData("the page shell; its task and form are logged by /api/work and the engine")
  ResponseEntity<byte[]> task(@PathVariable String taskId) throws IOException {
    return page("index", HttpStatus.OK);
  }

  /** The pathway dashboard and the cases behind its figures: managers only, as their JSON. */
  @GetMapping({"/dashboard", "/dashboard/cases"})
  @NoFamilyData("the page shell; its lists of cases are logged by /api/dashboard")
  ResponseEntity<byte[]> dashboard() throws IOException {
    return currentUser.isInAnyGroup(java.util.List.of(Roles.MANAGERS))
        ? page("index", HttpStatus.OK)
        : page("managers-only", HttpStatus.FORBIDDEN);
  }

  /** What-if for a changed decision table: service designers and managers, as its JSON. */
  @GetMapping("/models/what-if")
  @NoFamilyData("the page shell; the cases behind a figure are logged by /api/models")
  ResponseEntity<byte[]> whatIf() throws IOException {
    return currentUser.isInAnyGroup(java.util.List.of(Roles.MANAGERS, Roles.SERVICE_DESIGNERS))
        ? page("index", HttpStatus.OK)
        : page("designers-and-managers", HttpStatus.FORBIDDEN);
  }

  /** Emergency access to a case: the warning and the reason, for a case that exists. */
  @GetMapping("/cases/{id}/break-glass")
  @NoFamilyData("the warning and a form; nothing of the family")
  ResponseEntity<byte[]> breakGlass(@PathVariable String id) throws IOException {
    return cases.find(id).isPresent()
        ? page("index", HttpStatus.OK)
        : page("not-found", HttpStatus.NOT_FOUND);
  }

  /** Information governance's page: the access log across cases, as its JSON. */
  @GetMapping("/audit")
  @NoFamilyData("the page shell; what it shows comes from /api/audit")
  ResponseEntity<byte[]> audit() throws IOException {
    return page("index", HttpStatus.OK);
  }

  @GetMapping("/cases/{id}")
  @FamilyData(value = WhatWasSeen.CASE_PAGE, refusalsOnly = true)
  ResponseEntity<byte[]> familyCase(@PathVariable String id) throws IOException {
    return casePage(id);
  }

  @GetMapping("/cases/{id}/chronology/print")
  @FamilyData(value = WhatWasSeen.CHRONOLOGY_PRINT, refusalsOnly = true)
  ResponseEntity<byte[]> printedChronology(@PathVariable String id) throws IOException {
    return casePage(id);
  }

  private ResponseEntity<byte[]> casePage(String reference) throws IOException {
    FamilyCase found = cases.find(reference).orElse(null);
    if (found == null) {
      return page(
          "not-found",
          cases.destroyedOn(reference).isPresent() ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
    }
    if (!cases.isVisibleToCurrentUser(found)) {
      return page("forbidden", HttpStatus.FORBIDDEN);
    }
    return page("index", HttpStatus.OK);
  }

  /** The built pages never change while the application runs: each is read from the jar once. */
  private static final Map<String, byte[]> PAGES = new ConcurrentHashMap<>();

  private static ResponseEntity<byte[]> page(String name, HttpStatus status) throws IOException {
    byte[] body = PAGES.get(name);
    if (body == null) {
      ClassPathResource html = new ClassPathResource("static/" + name + ".html");
      if (!html.exists()) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
            .contentType(MediaType.TEXT_PLAIN)
            .body(
                ("The workspace pages were not built into this copy of carepath. Build it with"
                        + " 'mvn package'.")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      try (InputStream in = html.getInputStream()) {
        body = in.readAllBytes();
      }
      PAGES.put(name, body);
    }
    return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(body);
  }
}
