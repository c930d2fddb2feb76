package org.carepath.casefile;

import org.carepath.access.FamilyData;
import org.carepath.access.WhatWasSeen;
import org.carepath.cases.Cases;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{id}}: the case with its current level and full level history, for those
 * who may see it. Every view, and every refusal, is written to the access log.
 */
@RestController
class CaseFileController {

  private final Cases cases;
  private final CaseFiles files;

  CaseFileController(Cases cases, CaseFiles files) {
    this.cases = cases;
    this.files = files;
  }

  @GetMapping("/api/cases/{id}")
  @FamilyData(WhatWasSeen.CASE_FILE)
  @Transactional
  CaseFile show(@PathVariable String id) {
    return files.of(cases.requireVisible(id));
  }
}
