package org.carepath.routing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.AgencyTaskProcess;
import org.carepath.sharing.Sharing;
import org.carepath.sharing.SharingDecision;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Agency work for other features: the tasks of a developmental stage (DMN {@code stage-tasks}) go
 * through the same rules as the family's routed work. One open task per agency and piece of work;
 * an agency new to the family is told only as DMN {@code information-sharing} allows.
 */
@Service
public class AgencyTasks {

  /** What routing a task did. */
  public enum Routed {
    STARTED,
    ALREADY_OPEN,
    HELD
  }

  /** A stage's task as it stands: open or held, with how its due date was set. */
  public record StageTask(
      long id,
      String agency,
      String taskKey,
      boolean held,
      OffsetDateTime dueAt,
      String dueFrom,
      Integer dueOffsetDays) {}

  /** Work to open, due on {@code due}; {@code stage} is null for the family's level work. */
  public record NewTask(
      String agency,
      String taskKey,
      String reason,
      OffsetDateTime due,
      int dueInDays,
      RoutedTaskRepository.StagePlacement stage) {

    /** A stage's task: its due date counted from a date of the stage. */
    public static NewTask ofStage(
        String agency,
        String taskKey,
        String reason,
        OffsetDateTime due,
        int dueInDays,
        long stageId,
        String dueFrom,
        int dueOffsetDays) {
      return new NewTask(
          agency,
          taskKey,
          reason,
          due,
          dueInDays,
          new RoutedTaskRepository.StagePlacement(stageId, dueFrom, dueOffsetDays));
    }
  }

  private final Cases cases;
  private final RoutedTaskRepository tasks;
  private final AgencyTaskStarter starter;
  private final Sharing sharing;
  private final TaskWithdrawer withdrawer;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final CurrentUser currentUser;
  private final Clock clock;

  AgencyTasks(
      Cases cases,
      RoutedTaskRepository tasks,
      AgencyTaskStarter starter,
      Sharing sharing,
      TaskWithdrawer withdrawer,
      RuntimeService runtimeService,
      TaskService taskService,
      ManagementService managementService,
      CurrentUser currentUser,
      Clock clock) {
    this.cases = cases;
    this.tasks = tasks;
    this.starter = starter;
    this.sharing = sharing;
    this.withdrawer = withdrawer;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Opens the work unless the same agency already has it open or held for the case, from the
   * family's routing or from any stage. The caller holds the case lock.
   */
  public Routed route(FamilyCase familyCase, NewTask task) {
    boolean exists =
        tasks.active(familyCase.id()).stream()
            .anyMatch(
                open ->
                    open.agency().equals(task.agency()) && open.taskKey().equals(task.taskKey()));
    if (exists) {
      return Routed.ALREADY_OPEN;
    }
    return openNew(familyCase, Set.copyOf(cases.agencies(familyCase.id())), task);
  }

  /**
   * New work: an agency already working with the family ({@code involved}) starts at once; any
   * other only when the family's information may be shared with it, else the work is held.
   */
  Routed openNew(FamilyCase familyCase, Set<String> involved, NewTask task) {
    if (!involved.contains(task.agency())) {
      SharingDecision decision =
          sharing.record(
              familyCase.id(),
              sharing.evaluate(
                  familyCase,
                  task.agency(),
                  Sharing.ROUTED_TASK,
                  task.taskKey(),
                  AgencyTaskStarter.sharedForTask(task.taskKey())));
      if (!decision.shared()) {
        tasks.insert(
            familyCase.id(),
            task.agency(),
            task.taskKey(),
            task.reason(),
            task.dueInDays(),
            null,
            task.stage(),
            OffsetDateTime.now(clock));
        return Routed.HELD;
      }
    }
    starter.start(familyCase, task);
    return Routed.STARTED;
  }

  /** Every piece of work the stage has had, in any state, as {@code agency:task}. */
  public Set<String> plannedForStage(long stageId) {
    return tasks.everOfStage(stageId);
  }

  /** The title practitioners see for a task key. */
  public static String title(String taskKey) {
    return TaskTitles.of(taskKey);
  }

  /** The stage's work still open or held. */
  public List<StageTask> ofStage(long stageId) {
    return tasks.activeOfStage(stageId).stream()
        .map(
            task ->
                new StageTask(
                    task.id(),
                    task.agency(),
                    task.taskKey(),
                    task.held(),
                    task.dueAt(),
                    task.dueFrom(),
                    task.dueOffsetDays()))
        .toList();
  }

  /** A new due date for open work: our record, the agency's task and its overdue timer. */
  public void moveDue(StageTask stageTask, OffsetDateTime due) {
    RoutedTaskRepository.OpenTask task = find(stageTask);
    if (task == null || task.held()) {
      return; // held work is due counting from the day it is shared
    }
    tasks.moveDue(task.id(), due);
    Date date = Date.from(due.toInstant());
    currentUser.asSystem(
        () -> {
          runtimeService.setVariable(
              task.processInstanceId(), AgencyTaskProcess.TASK_DUE.name(), date);
          for (Task open :
              taskService.createTaskQuery().processInstanceId(task.processInstanceId()).list()) {
            open.setDueDate(date);
            taskService.saveTask(open);
          }
          managementService
              .createJobQuery()
              .processInstanceId(task.processInstanceId())
              .timers()
              .list()
              .forEach(job -> managementService.setJobDuedate(job.getId(), date));
          return null;
        });
  }

  /** Closes open or held work with its outcome ({@code missed}, {@code no-longer-needed}). */
  public void close(StageTask stageTask, String outcome, String reason) {
    RoutedTaskRepository.OpenTask task = find(stageTask);
    if (task != null) {
      withdrawer.withdraw(task, outcome, reason, OffsetDateTime.now(clock));
    }
  }

  private RoutedTaskRepository.OpenTask find(StageTask stageTask) {
    return tasks.findActive(stageTask.id()).orElse(null);
  }
}
