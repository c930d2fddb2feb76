package org.carepath.retention;

import java.util.List;
import org.carepath.access.FamilyData;
import org.carepath.access.WhatWasSeen;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Retention of a case, legal holds, and the destruction lists with their two approvals. */
@RestController
class RetentionController {

  private final Retention retention;

  RetentionController(Retention retention) {
    this.retention = retention;
  }

  @GetMapping("/api/cases/{id}/retention")
  @FamilyData(WhatWasSeen.RETENTION)
  Retention.CaseRetention of(@PathVariable String id) {
    return retention.of(id);
  }

  @PostMapping("/api/cases/{id}/legal-hold")
  @ResponseStatus(HttpStatus.CREATED)
  Retention.CaseRetention hold(
      @PathVariable String id, @RequestBody(required = false) Retention.HoldRequest body) {
    return retention.placeHold(id, body);
  }

  @PostMapping("/api/cases/{id}/legal-hold/lift")
  Retention.CaseRetention lift(
      @PathVariable String id, @RequestBody(required = false) Retention.HoldRequest body) {
    return retention.liftHold(id, body);
  }

  @GetMapping("/api/retention/lists")
  @FamilyData(WhatWasSeen.DESTRUCTION_LIST)
  List<Retention.ListView> lists() {
    return retention.lists();
  }

  @PostMapping("/api/retention/lists/{listId}/check")
  Retention.ListView check(@PathVariable long listId) {
    return retention.check(listId);
  }

  @PostMapping("/api/retention/lists/{listId}/approve")
  Retention.ListView approve(@PathVariable long listId) {
    return retention.approve(listId);
  }
}
