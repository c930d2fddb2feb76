package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptors of {@code children-seen-check} (each morning) and {@code child-not-seen} (one per
 * child at Levels 3-4 not seen and spoken to within the interval of DMN {@code
 * child-seen-interval}).
 */
public final class ChildNotSeenProcess {

  public static final String KEY = "child-not-seen";
  public static final String CHECK_KEY = "children-seen-check";
  public static final String INTERVAL_DECISION = "child-seen-interval";
  public static final String SEEN_MESSAGE = "child-seen-recorded";

  /** Days the lead has to see a child once the task is raised (practitioner judgement). */
  public static final int DAYS_TO_SEE = 3;

  /** Element ids. */
  public static final class Elements {
    public static final String STARTED = "child-overdue";
    public static final String SEE_CHILD = "see-child";
    public static final String SEEN_MEANWHILE = "seen-meanwhile";
    public static final String CHILD_SEEN = "child-seen";
    public static final String SEEN_BY_SOMEONE = "seen-by-someone";
    public static final String FIND_CHILDREN_NOT_SEEN = "find-children-not-seen";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;
  public static final ProcessVariable<String> LEAD_AGENCY = FamilyPathway.LEAD_AGENCY;
  public static final ProcessVariable<Long> CHILD_ID = ProcessVariable.of("childId", Long.class);
  public static final ProcessVariable<String> CHILD_NAME = TwinTrackPlan.CHILD_NAME;
  public static final ProcessVariable<Date> SEE_BY = ProcessVariable.of("seeBy", Date.class);

  // The child-seen form
  public static final ProcessVariable<String> SEEN_ON = ProcessVariable.of("seenOn", String.class);
  public static final ProcessVariable<Boolean> SEEN_ALONE =
      ProcessVariable.of("seenAlone", Boolean.class);
  public static final ProcessVariable<String> CHILD_VIEWS =
      ProcessVariable.of("childViews", String.class);

  private ChildNotSeenProcess() {}
}
