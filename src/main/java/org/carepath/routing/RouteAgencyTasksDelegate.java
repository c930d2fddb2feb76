package org.carepath.routing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.AgencyTaskProcess;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.Level;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Turns the rows of DMN {@code agency-task-routing} into agency tasks, one per (agency, task). New
 * rows start a task; in {@code reconcile} mode, open tasks no row needs any more are withdrawn with
 * the reason recorded; tasks still needed are left alone, so nothing is duplicated. In {@code
 * add-only} mode (before a handoff is accepted) nothing stops, so the family never loses a service
 * while its lead professional changes (seed 002 Appendix 2).
 */
@Component("routeAgencyTasks")
class RouteAgencyTasksDelegate implements JavaDelegate {

  static final String DECISION = "agency-task-routing";

  private final Cases cases;
  private final RoutedTaskRepository tasks;
  private final DecisionService decisionService;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final TaskWithdrawer withdrawer;
  private final Clock clock;

  RouteAgencyTasksDelegate(
      Cases cases,
      RoutedTaskRepository tasks,
      DecisionService decisionService,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      TaskWithdrawer withdrawer,
      Clock clock) {
    this.cases = cases;
    this.tasks = tasks;
    this.decisionService = decisionService;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.withdrawer = withdrawer;
    this.clock = clock;
  }

  /** A row of the routing decision. */
  record Route(String agency, String task, int dueInDays, String reason) {
    String key() {
      return agency + ":" + task;
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = FamilyPathway.CASE_REFERENCE.from(execution);
    FamilyCase familyCase = cases.lock(reference);
    Map<String, Route> needed = routes(execution);
    Map<String, RoutedTaskRepository.OpenTask> open = new HashMap<>();
    tasks
        .open(familyCase.id())
        .forEach(task -> open.put(task.agency() + ":" + task.taskKey(), task));
    OffsetDateTime now = OffsetDateTime.now(clock);

    for (Route route : needed.values()) {
      if (!open.containsKey(route.key())) {
        start(familyCase, route, now);
      }
    }
    if (FamilyPathway.RECONCILE.equals(FamilyPathway.ROUTING_MODE.from(execution))) {
      Level level = Level.of(FamilyPathway.LEVEL.from(execution));
      open.forEach(
          (key, task) -> {
            if (!needed.containsKey(key)) {
              withdraw(task, level, now);
            }
          });
    }
  }

  private Map<String, Route> routes(DelegateExecution execution) {
    Map<String, Route> routes = new LinkedHashMap<>();
    for (DmnDecisionResultEntries row :
        decisionService
            .evaluateDecisionByKey(DECISION)
            .variables(execution.getVariables())
            .evaluate()) {
      Route route =
          new Route(
              row.getEntry("agency"),
              row.getEntry("task"),
              ((Number) row.getEntry("dueInDays")).intValue(),
              row.getEntry("reason"));
      // Two rules may ask for the same work; the soonest due date wins.
      routes.merge(route.key(), route, (a, b) -> a.dueInDays() <= b.dueInDays() ? a : b);
    }
    return routes;
  }

  private void start(FamilyCase familyCase, Route route, OffsetDateTime now) {
    OffsetDateTime due = now.plusDays(route.dueInDays());
    long id = tasks.insert(familyCase.id(), route.agency(), route.task(), route.reason(), due, now);
    cases.involve(familyCase.id(), route.agency());
    Map<String, Object> variables = new HashMap<>();
    AgencyTaskProcess.CASE_REFERENCE.putIn(variables, familyCase.reference());
    AgencyTaskProcess.ROUTED_TASK_ID.putIn(variables, id);
    AgencyTaskProcess.AGENCY.putIn(variables, route.agency());
    AgencyTaskProcess.TASK_KEY.putIn(variables, route.task());
    AgencyTaskProcess.TASK_TITLE.putIn(variables, TaskTitles.of(route.task()));
    AgencyTaskProcess.TASK_REASON.putIn(variables, route.reason());
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

  private void withdraw(RoutedTaskRepository.OpenTask task, Level level, OffsetDateTime now) {
    withdrawer.withdraw(
        task,
        "No longer needed after the reassessment at Level "
            + level.number()
            + " ("
            + level.displayName()
            + ")",
        now);
  }
}
