package org.carepath.pathway;

import java.util.Date;

/** Descriptor of {@code agency-task}: one routed task of one agency for one case. */
public final class AgencyTaskProcess {

  public static final String KEY = "agency-task";
  public static final String WITHDRAW_MESSAGE = "withdraw-agency-task";

  /** Element ids in {@code bpmn/agency-task.bpmn}. */
  public static final class Elements {
    public static final String TASK_ROUTED = "task-routed";
    public static final String DO_AGENCY_TASK = "do-agency-task";
    public static final String TASK_NO_LONGER_NEEDED = "task-withdrawn-event";
    public static final String TASK_WITHDRAWN = "task-withdrawn";
    public static final String RECORD_TASK_OUTCOME = "record-task-outcome";
    public static final String TASK_DONE = "task-done";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;
  public static final ProcessVariable<Long> ROUTED_TASK_ID =
      ProcessVariable.of("routedTaskId", Long.class);
  public static final ProcessVariable<String> AGENCY = ProcessVariable.of("agency", String.class);
  public static final ProcessVariable<String> TASK_KEY =
      ProcessVariable.of("taskKey", String.class);
  public static final ProcessVariable<String> TASK_TITLE =
      ProcessVariable.of("taskTitle", String.class);
  public static final ProcessVariable<String> TASK_REASON =
      ProcessVariable.of("taskReason", String.class);
  public static final ProcessVariable<Date> TASK_DUE = ProcessVariable.of("taskDue", Date.class);

  // The routed task's form (every routed-task form has these fields).
  public static final ProcessVariable<String> TASK_OUTCOME =
      ProcessVariable.of("taskOutcome", String.class);
  public static final ProcessVariable<String> TASK_NOTES =
      ProcessVariable.of("taskNotes", String.class);

  private AgencyTaskProcess() {}
}
