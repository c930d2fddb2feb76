package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptor of {@code consent-revisit}: the lead professional talks with the family again when an
 * agency new to them may not be told and its work is held.
 */
public final class ConsentRevisitProcess {

  public static final String KEY = "consent-revisit";

  /** Element ids in {@code bpmn/consent-revisit.bpmn}. */
  public static final class Elements {
    public static final String REQUESTED = "consent-revisit-requested";
    public static final String REVISIT_CONSENT = "revisit-consent";
    public static final String RECORD_REVISITED_CONSENT = "record-revisited-consent";
    public static final String RELEASE_HELD_AGENCY_TASKS = "release-held-agency-tasks";
    public static final String CONSENT_REVISITED = "consent-revisited";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;
  public static final ProcessVariable<String> LEAD_AGENCY = FamilyPathway.LEAD_AGENCY;

  /** What is waiting, agency by agency, in plain words for the form. */
  public static final ProcessVariable<String> HELD_WORK =
      ProcessVariable.of("heldWork", String.class);

  public static final ProcessVariable<Date> REVISIT_DUE =
      ProcessVariable.of("revisitDue", Date.class);

  private ConsentRevisitProcess() {}
}
