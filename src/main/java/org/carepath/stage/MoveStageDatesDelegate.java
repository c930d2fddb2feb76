package org.carepath.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.routing.AgencyTasks;
import org.springframework.stereotype.Component;

/**
 * A re-dated pregnancy moves every open step counted from the expected date (the pre-birth
 * assessment and the planning meeting), so the meeting stays before the birth (seed 004 L3550). A
 * reminder that the old date had passed is no longer needed.
 */
@Component("moveStageDates")
class MoveStageDatesDelegate implements JavaDelegate {

  private final Cases cases;
  private final StageRepository stageRecords;
  private final Stages stages;
  private final AgencyTasks agencyTasks;

  MoveStageDatesDelegate(
      Cases cases, StageRepository stageRecords, Stages stages, AgencyTasks agencyTasks) {
    this.cases = cases;
    this.stageRecords = stageRecords;
    this.stages = stages;
    this.agencyTasks = agencyTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.lock(PregnancyPathway.CASE_REFERENCE.from(execution));
    StageRepository.Stage stage = stageRecords.stage(PregnancyPathway.STAGE_ID.from(execution));
    for (AgencyTasks.StageTask task : agencyTasks.ofStage(stage.id())) {
      if (ChasePastDuePregnancyDelegate.TASK.equals(task.taskKey())) {
        agencyTasks.close(
            task, "no-longer-needed", "A new expected date was recorded: " + stage.endsOn() + ".");
      } else if ("stage-end".equals(task.dueFrom())) {
        agencyTasks.moveDue(task, stages.due(stage, task.dueFrom(), task.dueOffsetDays()));
      }
    }
    PregnancyPathway.PREGNANCY_OVERDUE_AT.set(
        execution, stages.startOfDay(stage.endsOn().plusDays(StartStageDelegate.PAST_DUE_DAYS)));
  }
}
