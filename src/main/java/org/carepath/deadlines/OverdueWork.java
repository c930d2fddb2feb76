package org.carepath.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.OverdueWorkProcess;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.LevelIntervals;
import org.carepath.system.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Every open step past its due date is escalated to managers and the lead professional, and again
 * at the interval of DMN {@code overdue-escalation-interval} until it is done or given a new date
 * with a reason (seed 002: "DO escalate your concerns"; seed 000: families "falling through gaps in
 * agency provision"). One watcher for every task of every model, run as an engine timer, so it runs
 * once however many nodes share the database.
 */
@Service
public class OverdueWork {

  static final String INTERVAL = "overdue-escalation-interval";

  /** Tasks escalated in one run of the watcher, so one run stays one short transaction. */
  static final int PER_RUN = 500;

  /** A new date is at most a year away: further than that is no date. */
  static final int LATEST_NEW_DATE_DAYS = 366;

  private static final Logger log = LoggerFactory.getLogger(OverdueWork.class);

  private final OverdueWorkRepository escalations;
  private final LevelIntervals intervals;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OverdueWork(
      OverdueWorkRepository escalations,
      LevelIntervals intervals,
      RuntimeService runtimeService,
      TaskService taskService,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.escalations = escalations;
    this.intervals = intervals;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Escalates what is newly overdue and reminds about what is still overdue a whole interval after
   * it was last escalated.
   *
   * @return how many steps were escalated or reminded
   */
  public int escalateDue() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int escalated = 0;
    for (OverdueWorkRepository.Overdue task :
        escalations.overdue(now, OverdueWorkProcess.KEY, PER_RUN)) {
      Optional<OverdueWorkRepository.Escalation> known = escalations.find(task.taskId());
      boolean intervalPassed =
          known.isEmpty() || !known.get().lastEscalatedAt().plusDays(interval(task)).isAfter(now);
      boolean redatedSince = known.isPresent() && !known.get().dueAt().isEqual(task.dueAt());
      if (known.isEmpty()
          || (!"OPEN".equals(known.get().status()) && (intervalPassed || redatedSince))) {
        open(task, known.map(OverdueWorkRepository.Escalation::times).orElse(0) + 1, now);
        escalated++;
      } else if ("OPEN".equals(known.get().status()) && intervalPassed) {
        remind(task, known.get(), now);
        escalated++;
      }
    }
    if (escalated > 0) {
      log.info("Overdue work: {} steps escalated", escalated);
    }
    return escalated;
  }

  private int interval(OverdueWorkRepository.Overdue task) {
    // Before a level is decided, as at Level 1 (the table's last row).
    return intervals.days(INTERVAL, task.level() == null ? 1 : task.level());
  }

  private void open(OverdueWorkRepository.Overdue task, int times, OffsetDateTime now) {
    Map<String, Object> variables = new HashMap<>();
    OverdueWorkProcess.CASE_REFERENCE.putIn(variables, task.caseReference());
    OverdueWorkProcess.OVERDUE_TASK_ID.putIn(variables, task.taskId());
    OverdueWorkProcess.OVERDUE_TASK_NAME.putIn(variables, task.name());
    OverdueWorkProcess.OVERDUE_AGENCIES.putIn(variables, names(task.agencies()));
    OverdueWorkProcess.OVERDUE_DUE_ON.putIn(variables, task.dueAt().toLocalDate().toString());
    OverdueWorkProcess.ESCALATION_TIMES.putIn(variables, times);
    OverdueWorkProcess.ESCALATE_TO.putIn(variables, String.join(",", escalateTo(task)));
    OverdueWorkProcess.ESCALATION_DUE.putIn(variables, Date.from(now.plusDays(1).toInstant()));
    String instance =
        currentUser.asSystem(
            () ->
                runtimeService
                    .startProcessInstanceByKey(
                        OverdueWorkProcess.KEY,
                        task.caseReference() == null ? task.taskId() : task.caseReference(),
                        variables)
                    .getId());
    escalations.open(task, instance, now);
    published(task, times, now);
  }

  /** Still not done: the open escalation comes back to the top of the list, due again. */
  private void remind(
      OverdueWorkRepository.Overdue task,
      OverdueWorkRepository.Escalation escalation,
      OffsetDateTime now) {
    currentUser.asSystem(
        () -> {
          Task open =
              taskService
                  .createTaskQuery()
                  .processInstanceId(escalation.escalationInstance())
                  .singleResult();
          if (open != null) {
            open.setDueDate(Date.from(now.plusDays(1).toInstant()));
            open.setPriority(open.getPriority() + 10);
            taskService.saveTask(open);
            runtimeService.setVariable(
                escalation.escalationInstance(),
                OverdueWorkProcess.ESCALATION_TIMES.name(),
                escalation.times() + 1);
          }
          return null;
        });
    escalations.reminded(task.taskId(), now);
    published(task, escalation.times() + 1, now);
  }

  private void published(OverdueWorkRepository.Overdue task, int times, OffsetDateTime now) {
    String processInstance =
        currentUser.asSystem(
            () ->
                Optional.ofNullable(
                        taskService.createTaskQuery().taskId(task.taskId()).singleResult())
                    .map(Task::getProcessInstanceId)
                    .orElse(null));
    Map<String, Object> variables =
        processInstance == null
            ? Map.of()
            : currentUser.asSystem(() -> runtimeService.getVariables(processInstance));
    events.publishEvent(
        new OverdueWorkEscalated(
            task.caseId(),
            processInstance,
            task.processKey(),
            task.taskKey(),
            times,
            now,
            variables));
  }

  /** Managers, the lead professional, and the agency the step belongs to. */
  private static List<String> escalateTo(OverdueWorkRepository.Overdue task) {
    Set<String> groups = new LinkedHashSet<>();
    groups.add(Roles.MANAGERS);
    if (task.leadAgency() != null) {
      groups.add(task.leadAgency());
    }
    return new ArrayList<>(groups);
  }

  private static String names(List<String> agencies) {
    return String.join(", ", agencies.stream().map(Agencies::name).toList());
  }

  /**
   * A step given a new date, with the reason, by someone who may act on it (its agency, or
   * managers); recorded on the chronology, and any escalation of it ends.
   */
  public OffsetDateTime redate(String taskId, LocalDate newDate, String reason) {
    OverdueWorkRepository.Overdue step =
        escalations
            .openStep(taskId)
            .filter(s -> currentUser.overseesAllCases() || currentUser.isInAnyGroup(s.agencies()))
            .orElseThrow(
                () ->
                    new ApiProblem(
                        HttpStatus.NOT_FOUND,
                        "task-not-found",
                        "There is no open task " + taskId + " for you.",
                        List.of()));
    return redate(step, newDate, reason, true);
  }

  /** From an escalation: managers and the lead professional may re-date the step escalated. */
  OffsetDateTime redateEscalated(String taskId, LocalDate newDate, String reason) {
    return escalations
        .openStep(taskId)
        .map(step -> redate(step, newDate, reason, false))
        .orElse(null);
  }

  private OffsetDateTime redate(
      OverdueWorkRepository.Overdue step, LocalDate newDate, String reason, boolean endEscalation) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<FieldProblem> problems = new ArrayList<>();
    if (newDate == null || !newDate.isAfter(now.toLocalDate())) {
      problems.add(new FieldProblem("dueOn", "must be a day after today"));
    } else if (newDate.isAfter(now.toLocalDate().plusDays(LATEST_NEW_DATE_DAYS))) {
      problems.add(new FieldProblem("dueOn", "must be within a year"));
    }
    String why = reason == null ? "" : reason.trim();
    if (why.isEmpty()) {
      problems.add(new FieldProblem("reason", "is required: say why the step needs more time"));
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    // The end of the working day chosen.
    OffsetDateTime due = newDate.atTime(17, 0).atOffset(now.getOffset());
    escalations.redated(
        OverdueWorkRepository.Redated.of(step, due, why, currentUser.userId(), now));
    currentUser.asSystem(
        () -> {
          Task task = taskService.createTaskQuery().taskId(step.taskId()).singleResult();
          task.setDueDate(Date.from(due.toInstant()));
          taskService.saveTask(task);
          return null;
        });
    if (endEscalation) {
      endEscalation(step.taskId(), "The step was given a new date: " + why);
    }
    return due;
  }

  /** The step was done, or given a new date: its open escalation ends. */
  void endEscalation(String taskId, String why) {
    escalations
        .find(taskId)
        .ifPresent(
            escalation -> {
              if (escalation.escalationInstance() != null) {
                currentUser.asSystem(
                    () -> {
                      if (runtimeService
                              .createProcessInstanceQuery()
                              .processInstanceId(escalation.escalationInstance())
                              .count()
                          > 0) {
                        runtimeService.deleteProcessInstance(escalation.escalationInstance(), why);
                      }
                      return null;
                    });
              }
              escalations.closed(taskId, OffsetDateTime.now(clock));
            });
  }
}
