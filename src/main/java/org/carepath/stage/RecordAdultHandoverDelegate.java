package org.carepath.stage;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.FormText;
import org.springframework.stereotype.Component;

/**
 * A young person turning 18: who in adult services takes over, or why none is needed, on the
 * stage's record. Either needs the lead professional's words.
 */
@Component("recordAdultHandover")
class RecordAdultHandoverDelegate implements JavaDelegate {

  static final String HANDED_OVER = "handed-over";
  static final String NOT_NEEDED = "not-needed";

  private final Stages stages;

  RecordAdultHandoverDelegate(Stages stages) {
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String answer = PregnancyPathway.ADULT_HANDOVER.find(execution).orElse(null);
    String service = FormText.of(PregnancyPathway.ADULT_SERVICE.find(execution));
    String notes = FormText.of(PregnancyPathway.ADULT_HANDOVER_NOTES.find(execution));
    List<FieldProblem> problems = new ArrayList<>();
    boolean handedOver = HANDED_OVER.equals(answer);
    if (!handedOver && !NOT_NEEDED.equals(answer)) {
      problems.add(
          new FieldProblem(
              PregnancyPathway.ADULT_HANDOVER.name(),
              "must be '" + HANDED_OVER + "' or '" + NOT_NEEDED + "'"));
    }
    if (handedOver) {
      FormText.require(
          problems, PregnancyPathway.ADULT_SERVICE, service, "which adult service, and who");
    }
    FormText.require(
        problems,
        PregnancyPathway.ADULT_HANDOVER_NOTES,
        notes,
        "what was agreed, or why no adult service is needed");
    FormProblems.refuseIfAny("The handover at 18 cannot be recorded.", problems);
    stages.event(
        PregnancyPathway.STAGE_ID.from(execution),
        "HANDED_OVER",
        handedOver
            ? "Turned 18: handed over to " + service + ". " + notes
            : "Turned 18: no adult service needed. " + notes);
  }
}
