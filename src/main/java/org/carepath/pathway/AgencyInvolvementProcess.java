package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptor of {@code agency-involvement}: the lead professional decides whether an agency that
 * raised a concern about a family it does not work with should be involved.
 */
public final class AgencyInvolvementProcess {

  public static final String KEY = "agency-involvement";

  /** Element ids in {@code bpmn/agency-involvement.bpmn}. */
  public static final class Elements {
    public static final String CONCERN_FROM_NEW_AGENCY = "concern-from-new-agency";
    public static final String DECIDE = "decide-agency-involvement";
    public static final String RECORD = "record-involvement-decision";
    public static final String DECIDED = "involvement-decided";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;
  public static final ProcessVariable<Long> CONCERN_ID =
      ProcessVariable.of("concernId", Long.class);

  /** The agency that raised the concern, its name as practitioners know it, and what it said. */
  public static final ProcessVariable<String> RAISING_AGENCY =
      ProcessVariable.of("raisingAgency", String.class);

  public static final ProcessVariable<String> RAISING_AGENCY_NAME =
      ProcessVariable.of("raisingAgencyName", String.class);
  public static final ProcessVariable<String> CONCERN_DESCRIPTION =
      ProcessVariable.of("concernDescription", String.class);

  /** The lead agency, or children's social care at Levels 3-4. */
  public static final ProcessVariable<String> DECIDER_AGENCY =
      ProcessVariable.of("deciderAgency", String.class);

  public static final ProcessVariable<Date> DECISION_DUE =
      ProcessVariable.of("decisionDue", Date.class);

  // involve-agency form
  public static final ProcessVariable<String> DECISION =
      ProcessVariable.of("involvementDecision", String.class);
  public static final ProcessVariable<String> REASON =
      ProcessVariable.of("involvementReason", String.class);

  public static final String INVOLVE = "involve";
  public static final String DO_NOT_INVOLVE = "do-not-involve";

  private AgencyInvolvementProcess() {}
}
