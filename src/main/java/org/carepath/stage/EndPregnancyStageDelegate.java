package org.carepath.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.routing.AgencyTasks;
import org.springframework.stereotype.Component;

/**
 * A pregnancy that ended without a birth: its stage's work ends as no longer needed (not missed:
 * nothing was left undone), the stage ends, and the lead professional is set for the care offered.
 */
@Component("endPregnancyStage")
class EndPregnancyStageDelegate implements JavaDelegate {

  private final Cases cases;
  private final StageRepository stageRecords;
  private final Stages stages;
  private final AgencyTasks agencyTasks;

  EndPregnancyStageDelegate(
      Cases cases, StageRepository stageRecords, Stages stages, AgencyTasks agencyTasks) {
    this.cases = cases;
    this.stageRecords = stageRecords;
    this.stages = stages;
    this.agencyTasks = agencyTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(PregnancyPathway.CASE_REFERENCE.from(execution));
    StageRepository.Stage stage = stageRecords.stage(PregnancyPathway.STAGE_ID.from(execution));
    for (AgencyTasks.StageTask task : agencyTasks.ofStage(stage.id())) {
      agencyTasks.close(task, "no-longer-needed", "The pregnancy ended without a birth.");
    }
    stageRecords.end(stage.id(), stages.today());
    stages.event(stage.id(), "ENDED", "The pregnancy stage ended on " + stages.today() + ".");
    PregnancyPathway.LEAD_AGENCY.set(execution, familyCase.leadAgency());
    PregnancyPathway.REASSESSMENT_TRIGGER.set(execution, PregnancyPathway.TRIGGER_PREGNANCY_ENDED);
  }
}
