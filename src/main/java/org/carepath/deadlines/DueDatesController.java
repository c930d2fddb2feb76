package org.carepath.deadlines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A step given a new date, with the reason: by its agency or managers, on the chronology. */
@RestController
class DueDatesController {

  private final OverdueWork overdueWork;

  DueDatesController(OverdueWork overdueWork) {
    this.overdueWork = overdueWork;
  }

  record NewDate(LocalDate dueOn, String reason) {}

  record Redated(String taskId, OffsetDateTime dueAt) {}

  @PutMapping("/api/work/{taskId}/due-date")
  @Transactional
  Redated redate(@PathVariable String taskId, @RequestBody NewDate body) {
    return new Redated(taskId, overdueWork.redate(taskId, body.dueOn(), body.reason()));
  }
}
