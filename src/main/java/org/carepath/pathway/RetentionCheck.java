package org.carepath.pathway;

/**
 * Descriptor of {@code retention-check}: each night, the records due for destruction are listed for
 * information governance; and of decision {@code retention-periods}.
 */
public final class RetentionCheck {

  public static final String KEY = "retention-check";
  public static final String PERIODS_DECISION = "retention-periods";

  /** Element ids in {@code bpmn/retention-check.bpmn}. */
  public static final class Elements {
    public static final String EACH_NIGHT = "each-night";
    public static final String LIST_RECORDS_DUE = "list-records-due";
    public static final String RECORDS_LISTED = "records-listed";

    private Elements() {}
  }

  private RetentionCheck() {}
}
