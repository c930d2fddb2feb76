package org.carepath.recovery;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.PostRecoverySupport;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.FormText;
import org.springframework.stereotype.Component;

/**
 * Records a check-in. A relapse, a new concern, or a family that could not be reached takes the
 * family back to the pathway for reassessment (seed 001: "a chronic and relapsing condition").
 */
@Component("recordCheckIn")
class RecordCheckInDelegate implements JavaDelegate {

  static final String SPOKE = "spoke";
  static final String NOT_REACHED = "not-reached";

  private final PostRecoveryRepository supports;
  private final PostRecoverySupports calendar;
  private final CurrentUser currentUser;

  RecordCheckInDelegate(
      PostRecoveryRepository supports, PostRecoverySupports calendar, CurrentUser currentUser) {
    this.supports = supports;
    this.calendar = calendar;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String contact = PostRecoverySupport.CHECK_IN_CONTACT.find(execution).orElse(null);
    String notes = FormText.of(PostRecoverySupport.CHECK_IN_NOTES.find(execution));
    List<FieldProblem> problems = new ArrayList<>();
    if (!SPOKE.equals(contact) && !NOT_REACHED.equals(contact)) {
      problems.add(
          new FieldProblem(
              PostRecoverySupport.CHECK_IN_CONTACT.name(),
              "must be '" + SPOKE + "' or '" + NOT_REACHED + "'"));
    }
    FormText.require(
        problems,
        PostRecoverySupport.CHECK_IN_NOTES,
        notes,
        "how the family is, in their words, or how you tried to reach them");
    FormProblems.refuseIfAny("The check-in cannot be recorded.", problems);

    String result;
    if (NOT_REACHED.equals(contact)) {
      result = "missed";
    } else if (PostRecoverySupport.CHECK_IN_RELAPSE.find(execution).orElse(false)) {
      result = "relapse";
    } else if (PostRecoverySupport.CHECK_IN_NEW_CONCERN.find(execution).orElse(false)) {
      result = "concern";
    } else {
      result = "well";
    }
    int number = PostRecoverySupport.CHECK_IN_NUMBER.from(execution) + 1;
    PostRecoverySupport.CHECK_IN_NUMBER.set(execution, number);
    supports.checkIn(
        PostRecoverySupport.SUPPORT_ID.from(execution),
        number,
        calendar.dayOf(PostRecoverySupport.CHECK_IN_DUE.from(execution)),
        calendar.now(),
        currentUser.userId(),
        result,
        notes);
    PostRecoverySupport.CHECK_IN_RESULT.set(execution, result);
    if (!"well".equals(result)) {
      PostRecoverySupport.OUTCOME.set(execution, FamilyPathway.SUPPORT_RETURNED);
      PostRecoverySupport.ASSESSMENT_TRIGGER.set(execution, trigger(result));
    }
  }

  static String trigger(String result) {
    return switch (result) {
      case "relapse" -> FamilyPathway.TRIGGER_RELAPSE;
      case "missed" -> FamilyPathway.TRIGGER_MISSED_CHECK_IN;
      default -> FamilyPathway.TRIGGER_CONCERN;
    };
  }
}
