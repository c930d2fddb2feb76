package org.carepath.level;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.cases.CaseAdult;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.cases.Substances;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * When an assessment task is created, fills in what the case already knows: the youngest child's
 * age (an unborn baby counts as 0), whether a child is of school age, whether an adult is pregnant
 * and whether any adult uses drugs other than alcohol (from the substances recorded at referral),
 * so the assessor checks rather than retypes (seed 000: families should not have to repeat
 * themselves). A drug use the assessor corrected in an earlier assessment is kept; whether someone
 * is pregnant always follows the case record, where births and pregnancies are recorded. In the
 * first weeks after a birth it gives the level the family had in pregnancy, which the new level
 * keeps at least.
 */
@Component("prefillAssessment")
class PrefillAssessmentListener implements TaskListener {

  /**
   * The postnatal weeks (practitioner judgement: the NHS postnatal period ends with the 6-8 week
   * check): an assessment with a baby this young keeps at least the level of the pregnancy.
   */
  static final int POSTNATAL_WEEKS = 8;

  /** Set from the assessment's checklists each time, so last time's ticks do not linger. */
  static final List<ProcessVariable<Boolean>> FROM_CHECKLISTS =
      List.of(
          FamilyPathway.NEGLECT_OR_ABUSE,
          FamilyPathway.SELF_HARM,
          FamilyPathway.PARENT_INCAPABLE,
          FamilyPathway.CHILD_LEFT_ALONE,
          FamilyPathway.METHADONE_LYING_AROUND,
          FamilyPathway.YOUNG_CARER,
          FamilyPathway.EARLY_SUBSTANCE_USE);

  private final Cases cases;
  private final CaseFacts facts;
  private final LevelDecisionRepository decisions;
  private final Clock clock;

  PrefillAssessmentListener(
      Cases cases, CaseFacts facts, LevelDecisionRepository decisions, Clock clock) {
    this.cases = cases;
    this.facts = facts;
    this.decisions = decisions;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FamilyCase familyCase = cases.require(FamilyPathway.CASE_REFERENCE.from(task.getExecution()));
    LocalDate today = LocalDate.now(clock);
    facts.refresh(familyCase, task.getExecution());
    List<CaseAdult> adults = cases.adults(familyCase.id());
    FROM_CHECKLISTS.forEach(flag -> task.getExecution().removeVariable(flag.name()));
    boolean postnatal =
        cases.children(familyCase.id()).stream()
            .anyMatch(child -> child.dateOfBirth().plusWeeks(POSTNATAL_WEEKS).isAfter(today));
    Optional<Integer> levelInPregnancy =
        postnatal ? decisions.latestLevelInPregnancy(familyCase.id()) : Optional.empty();
    if (levelInPregnancy.isPresent()) {
      FamilyPathway.LEVEL_IN_PREGNANCY.set(task.getExecution(), levelInPregnancy.get());
    } else {
      task.getExecution().removeVariable(FamilyPathway.LEVEL_IN_PREGNANCY.name());
    }
    if (FamilyPathway.DRUG_USE.find(task.getExecution()).isEmpty()) {
      FamilyPathway.DRUG_USE.set(
          task.getExecution(),
          adults.stream().anyMatch(adult -> Substances.anyDrug(cases.substances(adult.id()))));
    }
  }
}
