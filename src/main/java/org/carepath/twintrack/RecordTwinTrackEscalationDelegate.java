package org.carepath.twintrack;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.TwinTrackPlan;
import org.springframework.stereotype.Component;

/** The decision date passed with no decision: recorded, and managers get a task. */
@Component("recordTwinTrackEscalation")
class RecordTwinTrackEscalationDelegate implements JavaDelegate {

  private final TwinTrackRepository plans;
  private final TwinTrackHistory history;

  RecordTwinTrackEscalationDelegate(TwinTrackRepository plans, TwinTrackHistory history) {
    this.plans = plans;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate due =
        plans
            .find(TwinTrackPlan.PLAN_ID.from(execution))
            .map(TwinTrackRepository.Plan::decisionDue)
            .orElse(null);
    history.record(
        execution,
        "decision",
        "ESCALATED",
        "No decision by "
            + due
            + " for "
            + TwinTrackPlan.CHILD_NAME.from(execution)
            + ": managers asked to agree what happens now.");
  }
}
