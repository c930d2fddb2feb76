package org.carepath.stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.routing.AgencyTasks;
import org.springframework.stereotype.Component;

/**
 * Ends the stage. Its steps not done by the end (a meeting not held before an early birth) are a
 * recorded failure, not silently skipped: each closes as missed, on the record, and the lead
 * professional and managers are asked what happens now. Then sets the next stage.
 */
@Component("endStage")
class EndStageDelegate implements JavaDelegate {

  static final int ANSWER_DAYS = 2;

  private final Cases cases;
  private final StageRepository stageRecords;
  private final Stages stages;
  private final AgencyTasks agencyTasks;

  EndStageDelegate(
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
    boolean pregnancy = PregnancyPathway.PREGNANCY.equals(stage.stage());
    LocalDate endedOn = pregnancy ? stages.pregnancy(stage.pregnancyId()).bornOn() : stage.endsOn();
    String when = pregnancy ? "before the birth on " + endedOn : "by the end of the stage";
    List<String> missed = new ArrayList<>();
    for (AgencyTasks.StageTask task : agencyTasks.ofStage(stage.id())) {
      if (ChasePastDuePregnancyDelegate.TASK.equals(task.taskKey())) {
        agencyTasks.close(task, "no-longer-needed", "The birth was recorded.");
        continue;
      }
      String step =
          AgencyTasks.title(task.taskKey())
              + " ("
              + Agencies.name(task.agency())
              + (task.dueAt() == null ? ", not yet shared" : ", due " + task.dueAt().toLocalDate())
              + ")";
      missed.add(step);
      stages.event(stage.id(), "STEP_MISSED", step + " was not done " + when + ".");
      agencyTasks.close(
          task,
          "missed",
          "Not done "
              + when
              + ": recorded as missed and escalated to the lead professional and managers.");
    }
    stageRecords.end(stage.id(), endedOn);
    stages.event(
        stage.id(), "ENDED", StageCalendar.name(stage.stage()) + " ended on " + endedOn + ".");

    PregnancyPathway.ANY_MISSED.set(execution, !missed.isEmpty());
    PregnancyPathway.MISSED_STEPS.set(
        execution,
        missed.isEmpty() ? "" : "Not done " + when + ":\n- " + String.join("\n- ", missed));
    PregnancyPathway.LEAD_AGENCY.set(execution, familyCase.leadAgency());
    PregnancyPathway.MISSED_ANSWER_DUE.set(
        execution, java.util.Date.from(stages.now().plusDays(ANSWER_DAYS).toInstant()));

    String next = StageCalendar.next(stage.stage()).orElse(null);
    PregnancyPathway.STAGES_OVER.set(execution, next == null);
    if (next != null) {
      PregnancyPathway.STAGE.set(execution, next);
      PregnancyPathway.STAGE_STARTED_BY.set(
          execution, pregnancy ? PregnancyPathway.BY_BIRTH : PregnancyPathway.BY_BIRTHDAY);
    }
  }
}
