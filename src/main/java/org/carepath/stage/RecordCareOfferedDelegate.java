package org.carepath.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.FormText;
import org.springframework.stereotype.Component;

/** The care offered to a mother whose pregnancy ended, or her answer, on the stage's record. */
@Component("recordCareOffered")
class RecordCareOfferedDelegate implements JavaDelegate {

  static final Set<String> ANSWERS = Set.of("accepted", "declined", "not-reached");

  private final Stages stages;

  RecordCareOfferedDelegate(Stages stages) {
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String offered = PregnancyPathway.CARE_OFFERED.find(execution).orElse(null);
    String notes = FormText.of(PregnancyPathway.CARE_NOTES.find(execution));
    List<FieldProblem> problems = new ArrayList<>();
    if (offered == null || !ANSWERS.contains(offered)) {
      problems.add(
          new FieldProblem(
              PregnancyPathway.CARE_OFFERED.name(),
              "must be one of " + ANSWERS.stream().sorted().toList()));
    }
    FormText.require(problems, PregnancyPathway.CARE_NOTES, notes, "what was offered and agreed");
    FormProblems.refuseIfAny("The care offered cannot be recorded.", problems);
    stages.event(
        PregnancyPathway.STAGE_ID.from(execution),
        "PREGNANCY_ENDED",
        "Care offered after the pregnancy ended (" + offered + "): " + notes);
  }
}
