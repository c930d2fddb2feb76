package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptors of {@code overdue-work-check}, the one watcher of every open task, and {@code
 * overdue-escalation}, the task it gives managers and the lead professional for a step past its due
 * date.
 */
public final class OverdueWorkProcess {

  /** The watcher: a timer that runs once however many nodes share the database. */
  public static final String CHECK_KEY = "overdue-work-check";

  public static final String KEY = "overdue-escalation";

  /**
   * Element ids in {@code bpmn/overdue-escalation.bpmn} and {@code bpmn/overdue-work-check.bpmn}.
   */
  public static final class Elements {
    public static final String CHECK_DUE = "overdue-work-check-due";
    public static final String ESCALATE_OVERDUE_WORK = "escalate-overdue-work";
    public static final String CHECKED = "overdue-work-checked";
    public static final String ESCALATED = "overdue-work-escalated";
    public static final String ACT_ON_OVERDUE_WORK = "act-on-overdue-work";
    public static final String RECORD_OVERDUE_ACTION = "record-overdue-action";
    public static final String ACTED_ON = "overdue-work-acted-on";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;

  public static final ProcessVariable<String> OVERDUE_TASK_ID =
      ProcessVariable.of("overdueTaskId", String.class);
  public static final ProcessVariable<String> OVERDUE_TASK_NAME =
      ProcessVariable.of("overdueTaskName", String.class);

  /** The agencies the overdue step belongs to, by name. */
  public static final ProcessVariable<String> OVERDUE_AGENCIES =
      ProcessVariable.of("overdueAgencies", String.class);

  public static final ProcessVariable<String> OVERDUE_DUE_ON =
      ProcessVariable.of("overdueDueOn", String.class);
  public static final ProcessVariable<Integer> ESCALATION_TIMES =
      ProcessVariable.of("escalationTimes", Integer.class);

  /** Candidate groups of the escalation: managers and the lead professional's agency. */
  public static final ProcessVariable<String> ESCALATE_TO =
      ProcessVariable.of("escalateTo", String.class);

  public static final ProcessVariable<Date> ESCALATION_DUE =
      ProcessVariable.of("escalationDue", Date.class);

  // The answer (overdue-work form)
  public static final ProcessVariable<String> OVERDUE_ACTION =
      ProcessVariable.of("overdueAction", String.class);
  public static final ProcessVariable<String> NEW_DUE_DATE =
      ProcessVariable.of("newDueDate", String.class);
  public static final ProcessVariable<String> OVERDUE_NOTES =
      ProcessVariable.of("overdueNotes", String.class);

  /** Values of {@link #OVERDUE_ACTION}. */
  public static final String TAKEN_ON = "taken-on";

  public static final String REDATED = "redated";

  private OverdueWorkProcess() {}
}
