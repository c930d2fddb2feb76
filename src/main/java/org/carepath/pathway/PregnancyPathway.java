package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptor of {@code pregnancy-pathway}: one instance per pregnancy, which follows the baby after
 * the birth through each developmental stage to 18, and one per child already on the case at
 * referral. What each stage needs comes from DMN {@code stage-tasks}.
 */
public final class PregnancyPathway {

  public static final String KEY = "pregnancy-pathway";
  public static final String BIRTH_MESSAGE = "birth-recorded";
  public static final String REDATED_MESSAGE = "pregnancy-redated";

  /** A loss or a termination: the pregnancy ends without a birth. */
  public static final String ENDED_MESSAGE = "pregnancy-ended";

  public static final String STAGE_TASKS_DECISION = "stage-tasks";

  /** A pregnancy lasts about 42 weeks at most; a date further ahead is a typing error. */
  public static final int MAX_WEEKS_TO_DELIVERY = 45;

  /** Element ids in {@code bpmn/pregnancy-pathway.bpmn}. */
  public static final class Elements {
    public static final String STARTED = "stage-pathway-started";
    public static final String START_STAGE = "start-stage";
    public static final String STAGE_KIND = "stage-kind";
    public static final String UNTIL_BIRTH = "until-birth";
    public static final String BIRTH_RECORDED = "birth-recorded";
    public static final String PREGNANCY_REDATED = "pregnancy-redated";
    public static final String MOVE_STAGE_DATES = "move-stage-dates";
    public static final String PREGNANCY_PAST_DUE = "pregnancy-past-due";
    public static final String CHASE_PAST_DUE_PREGNANCY = "chase-past-due-pregnancy";
    public static final String END_STAGE = "end-stage";
    public static final String ESCALATE_MISSED_STEPS = "escalate-missed-steps";
    public static final String RECORD_MISSED_ANSWER = "record-missed-answer";
    public static final String MISSED_ANSWERED = "missed-answered";
    public static final String STAGES_OVER = "stages-over";
    public static final String HAND_OVER_TO_ADULT_SERVICES = "hand-over-to-adult-services";
    public static final String RECORD_ADULT_HANDOVER = "record-adult-handover";
    public static final String GROWN_UP = "grown-up";
    public static final String PREGNANCY_ENDED = "pregnancy-ended";
    public static final String END_PREGNANCY_STAGE = "end-pregnancy-stage";
    public static final String OFFER_CARE_AFTER_PREGNANCY = "offer-care-after-pregnancy";
    public static final String RECORD_CARE_OFFERED = "record-care-offered";
    public static final String REASSESS_AFTER_PREGNANCY = "reassess-after-pregnancy";
    public static final String PREGNANCY_OVER = "pregnancy-over";
    public static final String CHECK_HANDOVER = "check-handover";
    public static final String HAND_OVER_TO_HEALTH_VISITING = "hand-over-to-health-visiting";
    public static final String REASSESS_FAMILY = "reassess-family";
    public static final String NEXT_STAGE_BEGINS = "next-stage-begins";

    private Elements() {}
  }

  /** The stages, in the order a child goes through them. */
  public static final String PREGNANCY = "pregnancy";

  public static final String INFANT = "infant";
  public static final String EARLY_YEARS = "early-years";
  public static final String SCHOOL_AGE = "school-age";
  public static final String ADOLESCENT = "adolescent";

  /** How a stage began: values of {@link #STAGE_STARTED_BY}. */
  public static final String BY_REFERRAL = "referral";

  public static final String BY_RECORDING = "recorded";
  public static final String BY_BIRTH = "birth";
  public static final String BY_BIRTHDAY = "birthday";

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;
  public static final ProcessVariable<String> STAGE = ProcessVariable.of("stage", String.class);
  public static final ProcessVariable<String> STAGE_STARTED_BY =
      ProcessVariable.of("stageStartedBy", String.class);
  public static final ProcessVariable<Long> STAGE_ID = ProcessVariable.of("stageId", Long.class);
  public static final ProcessVariable<Long> PREGNANCY_ID =
      ProcessVariable.of("pregnancyId", Long.class);
  public static final ProcessVariable<Long> CHILD_ID = ProcessVariable.of("childId", Long.class);

  /** The birthday that starts the next stage (timer {@code next-stage-begins}). */
  public static final ProcessVariable<Date> STAGE_ENDS_AT =
      ProcessVariable.of("stageEndsAt", Date.class);

  /** When a pregnancy with no birth recorded is chased (timer {@code pregnancy-past-due}). */
  public static final ProcessVariable<Date> PREGNANCY_OVERDUE_AT =
      ProcessVariable.of("pregnancyOverdueAt", Date.class);

  public static final ProcessVariable<Boolean> ANY_MISSED =
      ProcessVariable.of("anyMissed", Boolean.class);
  public static final ProcessVariable<String> MISSED_STEPS =
      ProcessVariable.of("missedSteps", String.class);
  public static final ProcessVariable<Date> MISSED_ANSWER_DUE =
      ProcessVariable.of("missedAnswerDue", Date.class);
  public static final ProcessVariable<String> LEAD_AGENCY = FamilyPathway.LEAD_AGENCY;

  /** Why the family is reassessed from this pathway: the birth, or a pregnancy that ended. */
  public static final ProcessVariable<String> REASSESSMENT_TRIGGER =
      ProcessVariable.of("reassessmentTrigger", String.class);

  public static final String TRIGGER_PREGNANCY_ENDED = "pregnancy-ended";

  // Care after a pregnancy ended (care-after-pregnancy form)
  public static final ProcessVariable<String> CARE_OFFERED =
      ProcessVariable.of("careOffered", String.class);
  public static final ProcessVariable<String> CARE_NOTES =
      ProcessVariable.of("careNotes", String.class);

  // Turning 18 (adult-services-handover form)
  public static final ProcessVariable<String> ADULT_HANDOVER =
      ProcessVariable.of("adultHandover", String.class);
  public static final ProcessVariable<String> ADULT_SERVICE =
      ProcessVariable.of("adultService", String.class);
  public static final ProcessVariable<String> ADULT_HANDOVER_NOTES =
      ProcessVariable.of("adultHandoverNotes", String.class);
  public static final ProcessVariable<Boolean> STAGES_OVER =
      ProcessVariable.of("stagesOver", Boolean.class);
  public static final ProcessVariable<Boolean> HANDOVER_POSSIBLE =
      ProcessVariable.of("handoverPossible", Boolean.class);
  public static final ProcessVariable<Integer> LEVEL = FamilyPathway.LEVEL;

  // stage-steps-missed form
  public static final ProcessVariable<String> WHAT_HAPPENS_NOW =
      ProcessVariable.of("whatHappensNow", String.class);
  public static final ProcessVariable<Boolean> FAMILY_TOLD =
      ProcessVariable.of("familyTold", Boolean.class);

  private PregnancyPathway() {}
}
