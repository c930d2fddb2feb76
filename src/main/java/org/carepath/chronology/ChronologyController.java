package org.carepath.chronology;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.carepath.access.FamilyData;
import org.carepath.access.ReadsOfFamilies;
import org.carepath.access.WhatWasSeen;
import org.carepath.system.Csv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case's chronology, as JSON or CSV, practitioners' entries, and children seen. */
@RestController
class ChronologyController {

  private final Chronology chronology;
  private final ChildrenSeen childrenSeen;

  ChronologyController(Chronology chronology, ChildrenSeen childrenSeen) {
    this.chronology = chronology;
    this.childrenSeen = childrenSeen;
  }

  record Timeline(List<Chronology.Item> items) {}

  @GetMapping(value = "/api/cases/{id}/chronology", produces = MediaType.APPLICATION_JSON_VALUE)
  @FamilyData(WhatWasSeen.CHRONOLOGY)
  Timeline show(
      @PathVariable String id,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) String child,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String kind) {
    if ("print".equals(purpose)) {
      ReadsOfFamilies.seenAs(WhatWasSeen.CHRONOLOGY_PRINT);
    }
    return new Timeline(chronology.of(id, child, agency, kind));
  }

  /** The same timeline for a spreadsheet or a court bundle. */
  @GetMapping(value = "/api/cases/{id}/chronology", produces = "text/csv")
  @FamilyData(WhatWasSeen.CHRONOLOGY_CSV)
  ResponseEntity<String> csv(
      @PathVariable String id,
      @RequestParam(required = false) String child,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String kind) {
    Csv csv = new Csv().row("When", "What", "Agency", "By", "Child", "Summary");
    for (Chronology.Item item : chronology.of(id, child, agency, kind)) {
      csv.row(
          item.at() == null ? "" : item.at().format(DateTimeFormatter.ISO_LOCAL_DATE),
          item.kind(),
          item.agencyName(),
          item.by(),
          item.child(),
          item.summary());
    }
    return csv.download("chronology-" + id + ".csv");
  }

  @PostMapping("/api/cases/{id}/chronology")
  ResponseEntity<Chronology.Item> add(
      @PathVariable String id, @RequestBody Chronology.NewEntry body) {
    Chronology.Item added = chronology.add(id, body);
    return ResponseEntity.created(URI.create("/api/cases/" + id + "/chronology#" + added.entryId()))
        .body(added);
  }

  @PostMapping("/api/cases/{id}/child-seen")
  ResponseEntity<ChildrenSeen.Recorded> childSeen(
      @PathVariable String id, @RequestBody ChildrenSeen.Seen body) {
    return ResponseEntity.status(201).body(childrenSeen.record(id, body));
  }
}
