package org.carepath.routing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.AgencyTaskProcess;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Starts an agency's task for a case: our record first, then the engine instance that carries it.
 */
@Component
class AgencyTaskStarter {

  private final Cases cases;
  private final RoutedTaskRepository tasks;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Clock clock;

  AgencyTaskStarter(
      Cases cases,
      RoutedTaskRepository tasks,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      Clock clock) {
    this.cases = cases;
    this.tasks = tasks;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** What routing a task to an agency tells it about the family. */
  static String sharedForTask(String taskKey) {
    return TaskTitles.of(taskKey)
        + ": the family's names, the children's ages and where they live, the level and its"
        + " reasons, and why this work is needed";
  }

  /** Records the task and starts its instance; it is due on {@code due}. */
  void start(FamilyCase familyCase, AgencyTasks.NewTask task) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id =
        tasks.insert(
            familyCase.id(),
            task.agency(),
            task.taskKey(),
            task.reason(),
            task.dueInDays(),
            task.due(),
            task.stage(),
            now);
    startInstance(familyCase, id, task.agency(), task.taskKey(), task.reason(), task.due());
  }

  /** A held task is shared now: it is due counting from today. */
  void release(FamilyCase familyCase, RoutedTaskRepository.OpenTask held, OffsetDateTime now) {
    OffsetDateTime due = now.plusDays(held.dueInDays() == null ? 0 : held.dueInDays());
    tasks.release(held.id(), due);
    startInstance(familyCase, held.id(), held.agency(), held.taskKey(), held.reason(), due);
  }

  private void startInstance(
      FamilyCase familyCase,
      long id,
      String agency,
      String taskKey,
      String reason,
      OffsetDateTime due) {
    cases.involve(familyCase.id(), agency);
    Map<String, Object> variables = new HashMap<>();
    AgencyTaskProcess.CASE_REFERENCE.putIn(variables, familyCase.reference());
    AgencyTaskProcess.ROUTED_TASK_ID.putIn(variables, id);
    AgencyTaskProcess.AGENCY.putIn(variables, agency);
    AgencyTaskProcess.TASK_KEY.putIn(variables, taskKey);
    AgencyTaskProcess.TASK_TITLE.putIn(variables, TaskTitles.of(taskKey));
    AgencyTaskProcess.TASK_REASON.putIn(variables, reason);
    AgencyTaskProcess.TASK_DUE.putIn(variables, Date.from(due.toInstant()));
    // The practitioner who confirmed the level holds no right to start other agencies' work.
    String instance =
        currentUser.asSystem(
            () ->
                runtimeService
                    .startProcessInstanceByKey(
                        AgencyTaskProcess.KEY, familyCase.reference(), variables)
                    .getId());
    tasks.attach(id, instance);
  }
}
