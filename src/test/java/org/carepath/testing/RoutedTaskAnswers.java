package org.carepath.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a practitioner might give on each routed task's form: complete and valid, for tests that
 * need to finish a task or that check the validation refuses what departs from them.
 */
public final class RoutedTaskAnswers {

  /** Valid answers for the form of this task key, the main outcome chosen. */
  public static Map<String, Object> valid(String taskKey) {
    String yesterday = LocalDate.now().minusDays(1).toString();
    String lastWeek = LocalDate.now().minusDays(7).toString();
    String nextMonth = LocalDate.now().plusMonths(1).toString();
    Map<String, Object> answers = new HashMap<>();
    answers.put("taskNotes", "Done with the family at a home visit");
    switch (taskKey) {
      case "signpost-protective-services" -> {
        answers.put("taskOutcome", "signposted");
        answers.put("servicesOffered", List.of("health-wellbeing-groups", "early-years"));
        answers.put("familyResponse", "Keen to try the toddler group");
      }
      case "antenatal-substance-review" -> {
        answers.put("taskOutcome", "recorded");
        answers.put("bookingDate", yesterday);
        answers.put("weeksPregnant", 12);
        answers.put("substancesRecorded", "Methadone 40 ml daily; no alcohol");
        answers.put("specialistMidwifeInvolved", true);
      }
      case "pre-birth-planning-meeting" -> {
        answers.put("taskOutcome", "held");
        answers.put("meetingDate", yesterday);
        answers.put("noticeGivenDate", lastWeek);
        answers.put("planSharedBeforehand", true);
        answers.put("planSharedDate", lastWeek);
        answers.put("parentsAttended", "both");
        answers.put("parentsViews", "We want to take the baby home and will keep to the plan");
        answers.put("birthPlan", "Neonatal observation for withdrawal; daily midwife visits");
      }
      case "pregnancy-treatment-plan" -> {
        answers.put("taskOutcome", "agreed");
        answers.put("planAgreedDate", yesterday);
        answers.put("treatmentGoal", "stabilise");
        answers.put("prescribing", "Methadone 40 ml, weekly key-worker sessions");
        answers.put("nextReviewDate", nextMonth);
      }
      case "blood-borne-virus-screening" -> {
        answers.put("taskOutcome", "tested");
        answers.put("testsOffered", List.of("hiv", "hepatitis-b", "hepatitis-c"));
        answers.put("informedConsent", true);
        answers.put("testsAccepted", List.of("hiv", "hepatitis-c"));
        answers.put("testsDate", yesterday);
        answers.put("babyHepatitisBImmunisation", "planned");
        answers.put("followUp", "Results to the GP; hepatitis C clinic if positive");
      }
      case "treatment-engagement-review" -> {
        answers.put("taskOutcome", "reviewed");
        answers.put("engagement", "partly");
        answers.put("lastContactDate", yesterday);
        answers.put("childrenDiscussed", true);
      }
      case "safe-storage-plan" -> {
        answers.put("taskOutcome", "agreed-and-checked");
        answers.put("agreed", List.of("locked-box", "sharps-bin"));
        answers.put("checkedDate", yesterday);
        answers.put("howChecked", "seen");
      }
      case "tier4-rehab-referral" -> {
        answers.put("taskOutcome", "referred");
        answers.put("referralDate", yesterday);
        answers.put("provider", "Residential rehabilitation service");
        answers.put("expectedStartDate", nextMonth);
        answers.put("childrensCare", "Grandmother cares for the children; weekly visits");
      }
      case "domestic-abuse-risk-assessment" -> {
        answers.put("taskOutcome", "assessed");
        answers.put("assessmentDate", yesterday);
        answers.put("riskLevel", "high");
        answers.put("safetyPlanAgreed", true);
        answers.put("maracReferralMade", true);
      }
      case "marac-referral" -> {
        answers.put("taskOutcome", "heard");
        answers.put("referralDate", lastWeek);
        answers.put("meetingDate", yesterday);
        answers.put("actionsAgreed", "Police marker on the address; IDVA support");
      }
      case "school-welfare-review" -> {
        answers.put("taskOutcome", "reviewed");
        answers.put("designatedPerson", "Mrs Reid");
        answers.put("attendancePercent", 86);
        answers.put("learning", "some-concerns");
        answers.put("someoneToTalkTo", true);
        answers.put("childSeenAndSpokenTo", true);
      }
      case "early-years-development-check" -> {
        answers.put("taskOutcome", "checked");
        answers.put("checkDate", yesterday);
        answers.put("development", "on-track");
        answers.put("nurseryPlace", "offered");
        answers.put("childSeenAndSpokenTo", true);
      }
      case "social-work-assessment" -> {
        answers.put("taskOutcome", "completed");
        answers.put("childSeenDate", yesterday);
        answers.put("childSeenAlone", true);
        answers.put("childsViews", "I like it when mum walks me to school");
        answers.put("conclusion", "child-in-need");
      }
      case "strategy-discussion" -> {
        answers.put("taskOutcome", "held");
        answers.put("discussionDate", yesterday);
        answers.put("agencies", List.of("children-social-care", "police", "health-visiting"));
        answers.put("decision", "section-47");
        answers.put("immediateActions", "Joint visit today by the social worker and the police");
      }
      case "parental-mental-health-review" -> {
        answers.put("taskOutcome", "reviewed");
        answers.put("reviewDate", yesterday);
        answers.put("treatment", "referred");
        answers.put("impactOnChildrenConsidered", true);
      }
      case "young-carer-assessment" -> {
        answers.put("taskOutcome", "assessed");
        answers.put("assessmentDate", yesterday);
        answers.put("caringTasks", List.of("siblings", "household"));
        answers.put("hoursPerWeek", 10);
        answers.put("supportOffered", List.of("group"));
        answers.put("childsViews", "I do not mind helping but I miss football");
      }
      case "pre-birth-assessment" -> {
        answers.put("taskOutcome", "completed");
        answers.put("assessmentDate", yesterday);
        answers.put("jointVisit", "yes");
        answers.put("drugsWorker", "Pat from the drug and alcohol service");
        answers.put("whatParentsWantToChange", "Stay on the script and get the flat ready");
      }
      case "neonatal-withdrawal-monitoring" -> {
        answers.put("taskOutcome", "monitoring-in-place");
        answers.put("monitoringStarted", yesterday);
        answers.put("scoreChartExplained", true);
        answers.put("carersToldWhatToExpect", true);
        answers.put("whoCaresForBaby", "Mother on the postnatal ward");
      }
      case "discharge-planning" -> {
        answers.put("taskOutcome", "plan-agreed");
        answers.put("dischargeTo", "parents");
        answers.put("plannedDischargeDate", nextMonth);
        answers.put("followUpArranged", "Midwife daily for a week, then the health visitor");
        answers.put("planSharedWithParents", true);
      }
      case "contraception-advice" -> {
        answers.put("taskOutcome", "advised");
        answers.put("adviceDate", yesterday);
        answers.put("methodChosen", "implant");
        answers.put("emergencyContraceptionExplained", true);
      }
      case "infant-health-check" -> {
        answers.put("taskOutcome", "check-done");
        answers.put("visitDate", yesterday);
        answers.put("babySeen", true);
        answers.put("safeSleepAdviceGiven", true);
        answers.put("safeStorageAdviceGiven", true);
        answers.put("feedingAndGrowth", "Feeding well, back to birth weight");
      }
      case "child-mental-health-assessment" -> {
        answers.put("taskOutcome", "assessed");
        answers.put("assessmentDate", yesterday);
        answers.put("seenAlone", "yes");
        answers.put("riskToSelf", "medium");
        answers.put("parentalUseExplored", true);
        answers.put(
            "safetyPlan", "Talks to her aunt; calls the crisis line if the urges come back");
        answers.put("childsViews", "I do it when mum and dad are fighting");
      }
      case "young-person-substance-check" -> {
        answers.put("taskOutcome", "met");
        answers.put("metOn", yesterday);
        answers.put("seenAlone", "yes");
        answers.put("ownUse", "experimenting");
        answers.put("inTheirOwnWords", "I only smoke weed with friends at weekends");
        answers.put("supportOffered", "Weekly sessions after school");
      }
      case "pregnancy-past-due" -> {
        answers.put("taskOutcome", "new-date-recorded");
        answers.put("contactDate", yesterday);
        answers.put("whatWeKnow", "The scan moved the date by two weeks");
      }
      default -> throw new IllegalArgumentException("No example answers for " + taskKey);
    }
    return answers;
  }

  private RoutedTaskAnswers() {}
}
