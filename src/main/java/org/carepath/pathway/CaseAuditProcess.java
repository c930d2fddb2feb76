package org.carepath.pathway;

import java.util.Date;
import java.util.List;

/**
 * Descriptors of {@code case-audit-check} (each morning) and {@code case-audit} (a manager audits
 * one case at Levels 3-4 against the practice toolkit's checklist; a "no" gives the lead
 * professional a task).
 */
public final class CaseAuditProcess {

  public static final String KEY = "case-audit";
  public static final String CHECK_KEY = "case-audit-check";
  public static final String INTERVAL_DECISION = "case-audit-interval";

  /**
   * Days a manager has to audit, and the lead to act on what was found (practitioner judgement).
   */
  public static final int DAYS_TO_AUDIT = 14;

  public static final int DAYS_TO_ACT = 14;

  /** Element ids. */
  public static final class Elements {
    public static final String AUDIT_DUE = "audit-due";
    public static final String AUDIT_CASE = "audit-case";
    public static final String RECORD_CASE_AUDIT = "record-case-audit";
    public static final String GAPS_FOUND = "gaps-found";
    public static final String ACT_ON_AUDIT = "act-on-audit";
    public static final String RECORD_FOLLOW_UP = "record-audit-follow-up";
    public static final String AUDIT_COMPLETE = "audit-complete";
    public static final String GAPS_ADDRESSED = "gaps-addressed";
    public static final String START_CASE_AUDITS = "start-case-audits";

    private Elements() {}
  }

  /**
   * The checklist for children's social work managers (practice toolkit, tip 2), as the form asks
   * it: each answer is {@code audit_<key>} ("yes" or "no"), what is missing {@code
   * audit_<key>_gap}.
   */
  public record Question(String key, String question) {
    public String answerVariable() {
      return "audit_" + key;
    }

    public String gapVariable() {
      return "audit_" + key + "_gap";
    }
  }

  public static final List<Question> QUESTIONS =
      List.of(
          new Question(
              "drugAssessmentAdequate", "Is the assessment of parental drug use adequate?"),
          new Question(
              "reliableSources",
              "Does the information about drug use come from a reliable source?"),
          new Question("partnersIncluded", "Does the assessment include partners and fathers?"),
          new Question(
              "extendedFamilyInvited", "Have the extended family been invited to contribute?"),
          new Question(
              "impactAssessed", "Is there an assessment of the impact of drug use on the child?"),
          new Question("childSeen", "Has the child been seen and spoken to?"),
          new Question("chronologyPresent", "Is there a useful chronology?"),
          new Question(
              "genuineEngagement", "Has there been a genuine attempt to engage the family?"));

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;
  public static final ProcessVariable<String> LEAD_AGENCY = FamilyPathway.LEAD_AGENCY;
  public static final ProcessVariable<Long> AUDIT_ID = ProcessVariable.of("auditId", Long.class);
  public static final ProcessVariable<Date> AUDIT_DUE = ProcessVariable.of("auditDue", Date.class);
  public static final ProcessVariable<Date> FOLLOW_UP_DUE =
      ProcessVariable.of("followUpDue", Date.class);
  public static final ProcessVariable<Boolean> FOLLOW_UP_NEEDED =
      ProcessVariable.of("auditFollowUpNeeded", Boolean.class);
  public static final ProcessVariable<String> GAPS = ProcessVariable.of("auditGaps", String.class);
  public static final ProcessVariable<String> NOTES =
      ProcessVariable.of("auditNotes", String.class);
  public static final ProcessVariable<String> RESPONSE =
      ProcessVariable.of("auditResponse", String.class);

  private CaseAuditProcess() {}
}
