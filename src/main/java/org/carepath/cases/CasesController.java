package org.carepath.cases;

import java.net.URI;
import java.util.List;
import org.carepath.access.FamilyData;
import org.carepath.access.ReadsOfFamilies;
import org.carepath.access.WhatWasSeen;
import org.carepath.system.ApiProblem;
import org.carepath.system.FieldProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals: {@code POST /api/cases} opens a case and starts its family pathway; {@code GET
 * /api/cases} lists the cases the caller may see.
 */
@RestController
@RequestMapping("/api/cases")
class CasesController {

  static final int MAX_PAGE_SIZE = 200;

  private final Cases cases;

  CasesController(Cases cases) {
    this.cases = cases;
  }

  record Created(String id) {}

  record CaseSummary(
      String id,
      String status,
      String leadAgency,
      Integer currentLevel,
      java.time.OffsetDateTime referredAt,
      java.time.OffsetDateTime nextReviewDue) {}

  record CasePage(int page, int size, List<CaseSummary> items) {}

  /** The cases the caller may see: a manager all, an agency those it works on. */
  @GetMapping
  @FamilyData(WhatWasSeen.CASE_LIST)
  CasePage list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    if (status != null && !List.of("OPEN", "CLOSED").contains(status)) {
      problems.add(new FieldProblem("status", "must be OPEN or CLOSED"));
    }
    if (page < 0) {
      problems.add(new FieldProblem("page", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      problems.add(new FieldProblem("size", "must be from 1 to " + MAX_PAGE_SIZE));
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    List<CaseSummary> items =
        cases.visibleToCurrentUser(status, page, size).stream()
            .map(
                c ->
                    new CaseSummary(
                        c.reference(),
                        c.status(),
                        c.leadAgency(),
                        c.currentLevel(),
                        c.referredAt(),
                        c.nextReviewDue()))
            .toList();
    ReadsOfFamilies.shown(items.stream().map(CaseSummary::id).toList());
    return new CasePage(page, size, items);
  }

  @PostMapping
  ResponseEntity<Created> refer(@RequestBody Referral referral) {
    String id = cases.refer(referral);
    return ResponseEntity.created(URI.create("/api/cases/" + id)).body(new Created(id));
  }
}
