package org.carepath.twintrack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.carepath.deadlines.OverdueWorkEscalated;
import org.carepath.pathway.TwinTrackPlan;
import org.carepath.system.CurrentUser;
import org.carepath.system.UserTaskObserver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The twin-track decision's date: escalated by the one watcher of overdue work, again until the
 * decision is made; a new date given with a reason (on the escalation, or by children's social
 * care) moves the plan's decision date on its record (seed 001 tip 3: plans follow the child's
 * timescales, so a moved date is on the record for everyone to see).
 */
@Component
class TwinTrackDeadlines implements UserTaskObserver {

  private final TwinTrackRepository plans;
  private final CurrentUser currentUser;
  private final Clock clock;

  TwinTrackDeadlines(TwinTrackRepository plans, CurrentUser currentUser, Clock clock) {
    this.plans = plans;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @EventListener
  void escalated(OverdueWorkEscalated escalated) {
    if (!TwinTrackPlan.KEY.equals(escalated.processKey())
        || !TwinTrackPlan.Elements.MAKE_DECISION.equals(escalated.taskKey())) {
      return;
    }
    escalated
        .id(TwinTrackPlan.PLAN_ID.name())
        .flatMap(plans::find)
        .ifPresent(
            plan ->
                plans.event(
                    plan.id(),
                    "decision",
                    "ESCALATED",
                    escalated.at(),
                    CurrentUser.SYSTEM,
                    "No decision by "
                        + plan.decisionDue()
                        + ": managers and the lead professional asked to act"
                        + (escalated.times() > 1
                            ? " (escalated " + escalated.times() + " times)."
                            : ".")));
  }

  @Override
  public void updated(DelegateTask task) {
    if (!TwinTrackPlan.Elements.MAKE_DECISION.equals(task.getTaskDefinitionKey())
        || task.getDueDate() == null) {
      return;
    }
    Object id = task.getVariable(TwinTrackPlan.PLAN_ID.name());
    if (!(id instanceof Number planId)) {
      return;
    }
    LocalDate due = task.getDueDate().toInstant().atZone(ZoneId.of("UTC")).toLocalDate();
    plans
        .find(planId.longValue())
        .filter(plan -> !due.equals(plan.decisionDue()))
        .ifPresent(
            plan -> {
              plans.redate(plan.id(), due);
              plans.event(
                  plan.id(),
                  "decision",
                  "REDATED",
                  OffsetDateTime.now(clock),
                  currentUser.userId(),
                  "Decision date moved from " + plan.decisionDue() + " to " + due + ".");
            });
  }

  @Override
  public void created(DelegateTask task) {}

  @Override
  public void assigned(DelegateTask task) {}

  @Override
  public void ended(DelegateTask task) {}
}
