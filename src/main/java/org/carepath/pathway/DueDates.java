package org.carepath.pathway;

/** DMN {@code task-due-dates}: every step's days; its last row only makes sure none is undated. */
public final class DueDates {

  public static final String DECISION = "task-due-dates";

  /** How the table's catch-all row begins its reason: no step of a model should rely on it. */
  public static final String NO_ROW_OF_ITS_OWN = "No timescale is set";

  private DueDates() {}
}
