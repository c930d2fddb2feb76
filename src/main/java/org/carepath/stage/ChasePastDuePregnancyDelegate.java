package org.carepath.stage;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.routing.AgencyTasks;
import org.carepath.sharing.ConsentRevisits;
import org.springframework.stereotype.Component;

/**
 * Two weeks past the expected date with no birth recorded: the pregnancy does not lapse silently.
 * The midwife is asked to record the birth or a new date, and the pathway checks again weekly.
 */
@Component("chasePastDuePregnancy")
class ChasePastDuePregnancyDelegate implements JavaDelegate {

  static final String TASK = "pregnancy-past-due";
  static final int ANSWER_DAYS = 2;
  static final int CHECK_AGAIN_DAYS = 7;

  private final Cases cases;
  private final StageRepository stageRecords;
  private final Stages stages;
  private final AgencyTasks agencyTasks;
  private final ConsentRevisits consentRevisits;

  ChasePastDuePregnancyDelegate(
      Cases cases,
      StageRepository stageRecords,
      Stages stages,
      AgencyTasks agencyTasks,
      ConsentRevisits consentRevisits) {
    this.cases = cases;
    this.stageRecords = stageRecords;
    this.stages = stages;
    this.agencyTasks = agencyTasks;
    this.consentRevisits = consentRevisits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(PregnancyPathway.CASE_REFERENCE.from(execution));
    StageRepository.Stage stage = stageRecords.stage(PregnancyPathway.STAGE_ID.from(execution));
    stages.event(
        stage.id(),
        "PAST_DUE",
        "No birth is recorded two weeks after the expected date of " + stage.endsOn() + ".");
    OffsetDateTime now = stages.now();
    AgencyTasks.Routed routed =
        agencyTasks.route(
            familyCase,
            AgencyTasks.NewTask.ofStage(
                Agencies.MIDWIFERY,
                TASK,
                "The expected date of "
                    + stage.endsOn()
                    + " has passed and no birth is recorded. Find out and record the birth, or a"
                    + " new expected date, so the baby's care starts on time.",
                now.plusDays(ANSWER_DAYS),
                ANSWER_DAYS,
                stage.id(),
                null,
                0));
    if (routed == AgencyTasks.Routed.HELD) {
      consentRevisits.request(familyCase);
    }
    PregnancyPathway.PREGNANCY_OVERDUE_AT.set(
        execution, java.util.Date.from(now.plusDays(CHECK_AGAIN_DAYS).toInstant()));
  }
}
