package org.carepath.twintrack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.carepath.cases.CaseChild;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.system.ApiProblem;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * The level decision and the review can ask for twin-track planning for a child (optional form
 * fields): the plan starts with the step, or the step is refused naming the field.
 */
@Component("startRequestedTwinTrack")
class StartRequestedTwinTrackListener implements ExecutionListener {

  private final Cases cases;
  private final TwinTrackPlans plans;

  StartRequestedTwinTrackListener(Cases cases, TwinTrackPlans plans) {
    this.cases = cases;
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String child = FamilyPathway.TWIN_TRACK_CHILD.find(execution).orElse("").trim();
    if (child.isEmpty()) {
      return;
    }
    String reason = FamilyPathway.TWIN_TRACK_REASON.find(execution).orElse(null);
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    List<FieldProblem> problems = new ArrayList<>();
    Optional<CaseChild> found =
        plans.check(
            familyCase,
            child,
            reason,
            FamilyPathway.TWIN_TRACK_CHILD.name(),
            FamilyPathway.TWIN_TRACK_REASON.name(),
            problems);
    FormProblems.refuseIfAny("Twin-track planning cannot start.", problems);
    try {
      plans.start(familyCase, found.orElseThrow(), reason.trim());
    } catch (ApiProblem refused) {
      FormProblems.refuseIfAny(
          "Twin-track planning cannot start.",
          List.of(new FieldProblem(FamilyPathway.TWIN_TRACK_CHILD.name(), refused.getMessage())));
    }
    // The next decision or review starts from empty fields.
    execution.removeVariable(FamilyPathway.TWIN_TRACK_CHILD.name());
    execution.removeVariable(FamilyPathway.TWIN_TRACK_REASON.name());
  }
}
