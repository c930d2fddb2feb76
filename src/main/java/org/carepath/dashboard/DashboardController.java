package org.carepath.dashboard;

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
  Dashboard.Summary summary(Dashboard.Filters filters) {
    return dashboard.summary(filters);
  }

  @GetMapping("/api/dashboard/levels")
  Dashboard.Levels levels(Dashboard.Filters filters) {
    return dashboard.levels(filters);
  }

  @GetMapping("/api/dashboard/work")
  Dashboard.Work work(Dashboard.Filters filters) {
    return dashboard.work(filters);
  }

  @GetMapping("/api/dashboard/safeguarding")
  Dashboard.Safeguarding safeguarding(Dashboard.Filters filters) {
    return dashboard.safeguarding(filters);
  }

  @GetMapping("/api/dashboard/pathways")
  Dashboard.Pathways pathways(Dashboard.Filters filters) {
    return dashboard.pathways(filters);
  }

  @GetMapping("/api/dashboard/cases")
  Dashboard.Cases cases(@RequestParam(required = false) String figure, Dashboard.Filters filters) {
    return dashboard.cases(figure, filters);
  }
}
