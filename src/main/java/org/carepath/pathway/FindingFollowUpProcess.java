package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptor of {@code finding-follow-up}: what an agency found goes to the lead professional (and
 * managers, when they must hear of it) to decide what happens now.
 */
public final class FindingFollowUpProcess {

  public static final String KEY = "finding-follow-up";

  /** Element ids in {@code bpmn/finding-follow-up.bpmn}. */
  public static final class Elements {
    public static final String FOUND = "agency-found-something";
    public static final String ACT_ON_FINDING = "act-on-finding";
    public static final String RECORD_FOLLOW_UP = "record-finding-follow-up";
    public static final String FOLLOWED_UP = "finding-followed-up";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;
  public static final ProcessVariable<Long> FINDING_ID =
      ProcessVariable.of("findingId", Long.class);

  /** Who found it and in which task, by name, and why it matters, for the form. */
  public static final ProcessVariable<String> FINDING_AGENCY =
      ProcessVariable.of("findingAgency", String.class);

  public static final ProcessVariable<String> FINDING_TASK =
      ProcessVariable.of("findingTask", String.class);
  public static final ProcessVariable<String> FINDING_REASON =
      ProcessVariable.of("findingReason", String.class);

  /** Candidate groups: the lead professional's agency, managers, or both. */
  public static final ProcessVariable<String> FOLLOW_UP_TO =
      ProcessVariable.of("followUpTo", String.class);

  public static final ProcessVariable<Date> FOLLOW_UP_DUE =
      ProcessVariable.of("followUpDue", Date.class);

  // The answer (finding-follow-up form)
  public static final ProcessVariable<String> FOLLOW_UP_ACTION =
      ProcessVariable.of("followUpAction", String.class);
  public static final ProcessVariable<String> FOLLOW_UP_NOTES =
      ProcessVariable.of("followUpNotes", String.class);

  /** Values of {@link #FOLLOW_UP_ACTION}. */
  public static final String REASSESS = "reassess";

  public static final String CONTINUE = "continue";

  private FindingFollowUpProcess() {}
}
