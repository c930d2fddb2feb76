package org.carepath.twintrack;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.TwinTrackPlan;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.FormText;
import org.springframework.stereotype.Component;

/**
 * Records the decision between rehabilitation and permanence with its reasons. Setting the outcome
 * on the plan's process closes the other track and lets the chosen one continue.
 */
@Component("recordTwinTrackDecision")
class RecordTwinTrackDecisionDelegate implements JavaDelegate {

  private final TwinTrackRepository plans;
  private final TwinTrackHistory history;

  RecordTwinTrackDecisionDelegate(TwinTrackRepository plans, TwinTrackHistory history) {
    this.plans = plans;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = TwinTrackPlan.DECISION.find(execution).orElse(null);
    String reason = FormText.of(TwinTrackPlan.DECISION_REASON.find(execution));
    List<FieldProblem> problems = new ArrayList<>();
    if (!TwinTrackPlan.REHABILITATION.equals(decision)
        && !TwinTrackPlan.PERMANENCE.equals(decision)) {
      problems.add(
          new FieldProblem(
              TwinTrackPlan.DECISION.name(),
              "must be '"
                  + TwinTrackPlan.REHABILITATION
                  + "' or '"
                  + TwinTrackPlan.PERMANENCE
                  + "'"));
    }
    FormText.require(
        problems,
        TwinTrackPlan.DECISION_REASON,
        reason,
        "the evidence the decision rests on and what it means for the child");
    FormProblems.refuseIfAny("The decision cannot be recorded.", problems);
    long planId = TwinTrackPlan.PLAN_ID.from(execution);
    if (!plans.decide(planId, decision, reason, history.userId(), history.now())) {
      throw new IllegalStateException("Twin-track plan " + planId + " is already decided");
    }
    history.record(execution, "decision", "DECIDED", "Decided for " + decision + ": " + reason);
    // On the process instance, so both tracks' conditional events see it.
    execution.getProcessInstance().setVariable(TwinTrackPlan.OUTCOME.name(), decision);
  }
}
