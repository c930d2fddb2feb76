package org.carepath.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.PregnancyPathway;
import org.springframework.stereotype.Component;

/**
 * Records the stage that begins and plans its tasks; sets the dates the pathway waits on: the
 * birthday that starts the next stage, or for a pregnancy two weeks past the expected date.
 */
@Component("startStage")
class StartStageDelegate implements JavaDelegate {

  /** A pregnancy lasts 42 weeks at most: two weeks past the expected date the record is stale. */
  static final int PAST_DUE_DAYS = 14;

  private final Cases cases;
  private final Stages stages;

  StartStageDelegate(Cases cases, Stages stages) {
    this.cases = cases;
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(PregnancyPathway.CASE_REFERENCE.from(execution));
    StageRepository.Stage stage =
        stages.open(
            familyCase,
            PregnancyPathway.STAGE.from(execution),
            PregnancyPathway.STAGE_STARTED_BY.from(execution),
            PregnancyPathway.PREGNANCY_ID.find(execution).orElse(null),
            PregnancyPathway.CHILD_ID.find(execution).orElse(null));
    PregnancyPathway.STAGE_ID.set(execution, stage.id());
    PregnancyPathway.STAGES_OVER.set(execution, false);
    if (PregnancyPathway.PREGNANCY.equals(stage.stage())) {
      PregnancyPathway.PREGNANCY_OVERDUE_AT.set(
          execution, stages.startOfDay(stage.endsOn().plusDays(PAST_DUE_DAYS)));
    } else {
      PregnancyPathway.STAGE_ENDS_AT.set(execution, stages.startOfDay(stage.endsOn()));
    }
    stages.plan(familyCase, stage);
  }
}
