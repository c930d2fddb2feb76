package org.carepath.work;

import java.util.List;
import org.carepath.access.FamilyData;
import org.carepath.access.NoFamilyData;
import org.carepath.access.ReadsOfFamilies;
import org.carepath.access.WhatWasSeen;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The practitioner's work list and taking a task on or handing it back. */
@RestController
class WorkController {

  private final Work work;
  private final Claims claims;
  private final TaskKinds kinds;

  WorkController(Work work, Claims claims, TaskKinds kinds) {
    this.work = work;
    this.claims = claims;
    this.kinds = kinds;
  }

  record Kinds(List<TaskKinds.Kind> items) {}

  /** The tasks the list can be filtered by. */
  @GetMapping("/api/work/tasks")
  @NoFamilyData("the kinds of task")
  Kinds kinds() {
    return new Kinds(kinds.all());
  }

  @GetMapping("/api/work/{taskId}")
  @FamilyData(WhatWasSeen.WORK_ITEM)
  Work.Item item(@PathVariable String taskId) {
    Work.Item item = work.item(taskId);
    ReadsOfFamilies.shown(java.util.List.of(item.caseId()));
    return item;
  }

  @GetMapping("/api/work")
  @FamilyData(WhatWasSeen.WORK_LIST)
  Work.Page list(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String task,
      @RequestParam(required = false) String due,
      @RequestParam(required = false) Integer level,
      @RequestParam(required = false) Boolean mine) {
    Work.Page shown = work.list(new Work.Query(page, size, agency, task, due, level, mine));
    ReadsOfFamilies.shown(shown.items().stream().map(Work.Item::caseId).toList());
    return shown;
  }

  @PostMapping("/api/work/{taskId}/claim")
  Claims.Claimed claim(@PathVariable String taskId) {
    return claims.claim(taskId);
  }

  @PostMapping("/api/work/{taskId}/unclaim")
  Claims.Claimed unclaim(@PathVariable String taskId) {
    return claims.unclaim(taskId);
  }
}
