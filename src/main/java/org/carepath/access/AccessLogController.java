package org.carepath.access;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who has seen a family's record; the log's own checks, for information governance. */
@RestController
class AccessLogController {

  private final AccessLogReader reader;

  AccessLogController(AccessLogReader reader) {
    this.reader = reader;
  }

  @GetMapping("/api/cases/{id}/access-log")
  @FamilyData(WhatWasSeen.ACCESS_LOG)
  AccessLogReader.Page ofCase(
      @PathVariable String id,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String surface,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return reader.ofCase(
        id, new AccessLogReader.Query(user, agency, surface, from, to, page, size));
  }

  @GetMapping("/api/audit/access")
  @NoFamilyData("who viewed which case, by reference: no family member's data")
  AccessLogReader.Page all(
      @RequestParam(name = "case", required = false) String caseReference,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String surface,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return reader.all(
        caseReference, new AccessLogReader.Query(user, agency, surface, from, to, page, size));
  }

  @GetMapping("/api/audit/unusual")
  @NoFamilyData("who viewed which case, by reference: no family member's data")
  AccessLogReader.Unusual unusual(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return reader.unusual(from, to);
  }

  @GetMapping("/api/audit/verify")
  @NoFamilyData("the chain's check: counts and an entry number")
  AccessLogReader.Verification verify() {
    return reader.verify();
  }
}
