package org.carepath.dashboard;

import org.carepath.access.FamilyData;
import org.carepath.access.NoFamilyData;
import org.carepath.access.ReadsOfFamilies;
import org.carepath.access.WhatWasSeen;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON behind the managers' dashboard; every panel takes the same filters ({@code agency},
 * {@code level}, {@code from}, {@code to}), bound from the query. Not read-only: the first use of a
 * new version of the children-seen interval is a decision the engine evaluates and records.
 */
@RestController
@Transactional
class DashboardController {

  private final Dashboard dashboard;

  DashboardController(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping("/api/dashboard/summary")
  @NoFamilyData("figures only")
  Dashboard.Summary summary(Dashboard.Filters filters) {
    return dashboard.summary(filters);
  }

  @GetMapping("/api/dashboard/levels")
  @NoFamilyData("figures only")
  Dashboard.Levels levels(Dashboard.Filters filters) {
    return dashboard.levels(filters);
  }

  @GetMapping("/api/dashboard/work")
  @FamilyData(WhatWasSeen.DASHBOARD_CASES)
  Dashboard.Work work(Dashboard.Filters filters) {
    Dashboard.Work work = dashboard.work(filters);
    ReadsOfFamilies.shown(
        work.handoffsAwaitingAnswer().stream().map(Dashboard.WaitingHandoff::caseId).toList());
    return work;
  }

  @GetMapping("/api/dashboard/safeguarding")
  @FamilyData(WhatWasSeen.DASHBOARD_CASES)
  Dashboard.Safeguarding safeguarding(Dashboard.Filters filters) {
    Dashboard.Safeguarding safeguarding = dashboard.safeguarding(filters);
    ReadsOfFamilies.shown(
        safeguarding.childrenNotSeen().stream()
            .map(org.carepath.chronology.ChildrenSeen.NotSeen::caseId)
            .toList());
    return safeguarding;
  }

  @GetMapping("/api/dashboard/pathways")
  @FamilyData(WhatWasSeen.DASHBOARD_CASES)
  Dashboard.Pathways pathways(Dashboard.Filters filters) {
    Dashboard.Pathways pathways = dashboard.pathways(filters);
    ReadsOfFamilies.shown(
        java.util.stream.Stream.concat(
                pathways.twinTrackPastDeadline().stream(),
                pathways.twinTrackNearDeadline().stream())
            .map(DashboardRepository.TwinTrackDue::caseId)
            .toList());
    return pathways;
  }

  @GetMapping("/api/dashboard/cases")
  @FamilyData(WhatWasSeen.DASHBOARD_CASES)
  Dashboard.Cases cases(@RequestParam(required = false) String figure, Dashboard.Filters filters) {
    Dashboard.Cases cases = dashboard.cases(figure, filters);
    ReadsOfFamilies.shown(cases.items().stream().map(row -> row.caseId()).toList());
    return cases;
  }
}
