package org.carepath.stage;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/** Keeps what the lead professional or a manager decided after steps were missed. */
@Component("recordMissedStepsAnswer")
class RecordMissedStepsAnswerDelegate implements JavaDelegate {

  private final Stages stages;

  RecordMissedStepsAnswerDelegate(Stages stages) {
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String now = PregnancyPathway.WHAT_HAPPENS_NOW.find(execution).map(String::trim).orElse("");
    boolean told = PregnancyPathway.FAMILY_TOLD.find(execution).orElse(false);
    List<FieldProblem> problems = new ArrayList<>();
    if (now.isEmpty()) {
      problems.add(
          new FieldProblem(
              PregnancyPathway.WHAT_HAPPENS_NOW.name(), "is required: say what happens now"));
    }
    if (!told) {
      problems.add(
          new FieldProblem(
              PregnancyPathway.FAMILY_TOLD.name(),
              "must be ticked: tell the parents what was missed and what happens now"));
    }
    FormProblems.refuseIfAny("The answer cannot be recorded.", problems);
    stages.event(
        PregnancyPathway.STAGE_ID.from(execution),
        "MISSED_ANSWERED",
        now + " The parents were told.");
  }
}
