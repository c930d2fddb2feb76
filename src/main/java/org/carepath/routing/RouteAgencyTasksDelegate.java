package org.carepath.routing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.Level;
import org.carepath.sharing.ConsentRevisits;
import org.carepath.sharing.Sharing;
import org.carepath.sharing.SharingDecision;
import org.springframework.stereotype.Component;

/**
 * Turns the rows of DMN {@code agency-task-routing} into agency tasks, one per (agency, task). New
 * rows start a task; in {@code reconcile} mode, tasks no row needs any more are withdrawn with the
 * reason recorded; tasks still needed are left alone, so nothing is duplicated. In {@code add-only}
 * mode (before a handoff is accepted) nothing stops, so the family never loses a service while its
 * lead professional changes (seed 002 Appendix 2).
 *
 * <p>A task for an agency not yet working with the family shares the family's information with it,
 * so DMN {@code information-sharing} decides first and the decision is recorded. A task that may
 * not be shared (no consent at Levels 1-2) is held, and the lead professional is asked to talk with
 * the family again; a held task is shared as soon as the decision allows it.
 */
@Component("routeAgencyTasks")
class RouteAgencyTasksDelegate implements JavaDelegate {

  static final String DECISION = "agency-task-routing";

  private final Cases cases;
  private final RoutedTaskRepository tasks;
  private final DecisionService decisionService;
  private final AgencyTaskStarter starter;
  private final Sharing sharing;
  private final ConsentRevisits consentRevisits;
  private final TaskWithdrawer withdrawer;
  private final AgencyTasks agencyTasks;
  private final Clock clock;

  RouteAgencyTasksDelegate(
      Cases cases,
      RoutedTaskRepository tasks,
      DecisionService decisionService,
      AgencyTaskStarter starter,
      Sharing sharing,
      ConsentRevisits consentRevisits,
      TaskWithdrawer withdrawer,
      AgencyTasks agencyTasks,
      Clock clock) {
    this.cases = cases;
    this.tasks = tasks;
    this.decisionService = decisionService;
    this.starter = starter;
    this.sharing = sharing;
    this.consentRevisits = consentRevisits;
    this.withdrawer = withdrawer;
    this.agencyTasks = agencyTasks;
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
    Map<String, RoutedTaskRepository.OpenTask> active = new HashMap<>();
    tasks.active(familyCase.id()).forEach(task -> active.put(key(task), task));
    // Agencies told before this routing: a task for any other shares the family's information.
    Set<String> involved = Set.copyOf(cases.agencies(familyCase.id()));
    OffsetDateTime now = OffsetDateTime.now(clock);

    boolean anyHeld = false;
    for (Route route : needed.values()) {
      RoutedTaskRepository.OpenTask existing = active.get(route.key());
      if (existing != null && !existing.held()) {
        continue;
      }
      if (existing != null) {
        // Held: shared only once the decision allows it; a refusal is on record already.
        SharingDecision allowed = shareDecision(familyCase, route);
        if (allowed.shared()) {
          sharing.record(familyCase.id(), allowed);
          starter.release(familyCase, existing, now);
        } else {
          anyHeld = true;
        }
        continue;
      }
      AgencyTasks.NewTask task =
          new AgencyTasks.NewTask(
              route.agency(),
              route.task(),
              route.reason(),
              now.plusDays(route.dueInDays()),
              route.dueInDays(),
              null);
      if (agencyTasks.openNew(familyCase, involved, task) == AgencyTasks.Routed.HELD) {
        anyHeld = true;
      }
    }
    if (FamilyPathway.RECONCILE.equals(FamilyPathway.ROUTING_MODE.from(execution))) {
      Level confirmed = Level.of(FamilyPathway.LEVEL.from(execution));
      active.forEach(
          (key, task) -> {
            // A stage's work ends with its stage, not with a change of level.
            if (!needed.containsKey(key) && !task.ofStage()) {
              withdraw(task, confirmed, now);
            }
          });
    }
    if (anyHeld) {
      consentRevisits.request(familyCase);
    }
  }

  /** The case record already holds the level just confirmed: this runs after it is recorded. */
  private SharingDecision shareDecision(FamilyCase familyCase, Route route) {
    return sharing.evaluate(
        familyCase,
        route.agency(),
        Sharing.ROUTED_TASK,
        route.task(),
        AgencyTaskStarter.sharedForTask(route.task()));
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

  private static String key(RoutedTaskRepository.OpenTask task) {
    return task.agency() + ":" + task.taskKey();
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
