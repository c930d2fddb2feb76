package org.carepath.reports;

import java.util.stream.Collectors;
import org.carepath.access.FamilyData;
import org.carepath.access.ReadsOfFamilies;
import org.carepath.access.WhatWasSeen;
import org.carepath.system.Csv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports for managers, as JSON and as a spreadsheet. */
@RestController
class ReportsController {

  private final HiddenHarmDataset hiddenHarm;

  ReportsController(HiddenHarmDataset hiddenHarm) {
    this.hiddenHarm = hiddenHarm;
  }

  @GetMapping(value = "/api/reports/hidden-harm", produces = MediaType.APPLICATION_JSON_VALUE)
  @FamilyData(WhatWasSeen.HIDDEN_HARM_ROWS)
  HiddenHarmDataset.Dataset hiddenHarm(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    HiddenHarmDataset.Dataset dataset = hiddenHarm.of(from, to);
    shown(dataset);
    return dataset;
  }

  /** One row per adult, in the order of the recommendations' questions. */
  @GetMapping(value = "/api/reports/hidden-harm", produces = "text/csv")
  @FamilyData(WhatWasSeen.HIDDEN_HARM_CSV)
  ResponseEntity<String> hiddenHarmCsv(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    HiddenHarmDataset.Dataset dataset = hiddenHarm.of(from, to);
    shown(dataset);
    Csv csv =
        new Csv()
            .row(
                "Case",
                "Adult",
                "Role",
                "Substances",
                "Pregnant",
                "Lead agency",
                "Level",
                "Dependent children",
                "Number of dependent children",
                "Ages",
                "Where the children live",
                "A child's whereabouts unknown");
    for (HiddenHarmDataset.Row row : dataset.rows()) {
      csv.row(
          row.caseId(),
          String.valueOf(row.adult()),
          row.role(),
          String.join("; ", row.substances()),
          yesNo(row.pregnant()),
          row.leadAgency(),
          row.level() == null ? "" : row.level().toString(),
          yesNo(row.dependentChildren()),
          String.valueOf(row.numberOfDependentChildren()),
          row.childrenAges().stream().map(String::valueOf).collect(Collectors.joining("; ")),
          String.join("; ", row.whereChildrenLive()),
          yesNo(row.childWhereaboutsUnknown()));
    }
    return csv.download("hidden-harm-" + dataset.from() + "-to-" + dataset.to() + ".csv");
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static void shown(HiddenHarmDataset.Dataset dataset) {
    ReadsOfFamilies.shown(
        dataset.rows().stream().map(HiddenHarmDataset.Row::caseId).distinct().toList());
  }
}
