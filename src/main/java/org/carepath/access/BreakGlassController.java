package org.carepath.access;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Emergency access to a case, and its figures for the dashboard. */
@RestController
class BreakGlassController {

  private final BreakGlass breakGlass;

  BreakGlassController(BreakGlass breakGlass) {
    this.breakGlass = breakGlass;
  }

  @PostMapping("/api/cases/{id}/break-glass")
  ResponseEntity<BreakGlass.Granted> grant(
      @PathVariable String id, @RequestBody(required = false) BreakGlass.Request body) {
    BreakGlass.Granted granted = breakGlass.grant(id, body);
    return ResponseEntity.created(URI.create("/cases/" + id)).body(granted);
  }

  @GetMapping("/api/dashboard/break-glass")
  @FamilyData(WhatWasSeen.DASHBOARD_CASES)
  BreakGlass.Summary summary(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return breakGlass.summary(from, to);
  }
}
