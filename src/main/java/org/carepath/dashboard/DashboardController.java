package org.carepath.dashboard;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON behind the managers' dashboard; every panel takes the same filters. Not read-only: the
 * interval for seeing children is a decision the engine evaluates, and it keeps its history.
 */
@RestController
@Transactional
class DashboardController {

  private final Dashboard dashboard;

  DashboardController(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping("/api/dashboard/summary")
  Dashboard.Summary summary(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) Integer level,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return dashboard.summary(new Dashboard.Filters(agency, level, from, to));
  }

  @GetMapping("/api/dashboard/levels")
  Dashboard.Levels levels(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) Integer level,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return dashboard.levels(new Dashboard.Filters(agency, level, from, to));
  }

  @GetMapping("/api/dashboard/work")
  Dashboard.Work work(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) Integer level,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return dashboard.work(new Dashboard.Filters(agency, level, from, to));
  }

  @GetMapping("/api/dashboard/safeguarding")
  Dashboard.Safeguarding safeguarding(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) Integer level,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return dashboard.safeguarding(new Dashboard.Filters(agency, level, from, to));
  }

  @GetMapping("/api/dashboard/pathways")
  Dashboard.Pathways pathways(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) Integer level,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return dashboard.pathways(new Dashboard.Filters(agency, level, from, to));
  }

  @GetMapping("/api/dashboard/cases")
  Dashboard.Cases cases(
      @RequestParam(required = false) String figure,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) Integer level,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return dashboard.cases(figure, new Dashboard.Filters(agency, level, from, to));
  }
}
