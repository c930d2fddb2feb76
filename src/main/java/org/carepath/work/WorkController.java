package org.carepath.work;

import java.util.List;
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
  Kinds kinds() {
    return new Kinds(kinds.all());
  }

  @GetMapping("/api/work/{taskId}")
  Work.Item item(@PathVariable String taskId) {
    return work.item(taskId);
  }

  @GetMapping("/api/work")
  Work.Page list(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String task,
      @RequestParam(required = false) String due,
      @RequestParam(required = false) Integer level,
      @RequestParam(required = false) Boolean mine) {
    return work.list(new Work.Query(page, size, agency, task, due, level, mine));
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
