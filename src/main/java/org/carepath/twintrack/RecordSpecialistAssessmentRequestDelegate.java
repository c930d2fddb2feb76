package org.carepath.twintrack;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.ProcessVariable;
import org.carepath.pathway.TwinTrackPlan;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.FormText;
import org.springframework.stereotype.Component;

/**
 * A specialist or residential assessment is asked for only with every answer of the practice
 * toolkit's checklist (tip 4): its purpose, a good chance of success, a child who can wait, what is
 * to be assessed, and the alternatives tried. It is "not a safe place to fail", so a poor chance,
 * or a child who cannot wait, is refused with that reason; the request can be withdrawn.
 */
@Component("recordSpecialistAssessmentRequest")
class RecordSpecialistAssessmentRequestDelegate implements JavaDelegate {

  static final String REQUEST = "request";
  static final String WITHDRAW = "withdraw";

  private final TwinTrackHistory history;

  RecordSpecialistAssessmentRequestDelegate(TwinTrackHistory history) {
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String request = TwinTrackPlan.ASSESSMENT_REQUEST.find(execution).orElse(null);
    List<FieldProblem> problems = new ArrayList<>();
    if (WITHDRAW.equals(request)) {
      String why = FormText.of(TwinTrackPlan.WITHDRAW_REASON.find(execution));
      FormText.require(problems, TwinTrackPlan.WITHDRAW_REASON, why, "why it is not asked for");
      FormProblems.refuseIfAny("The withdrawal cannot be recorded.", problems);
      history.record(execution, TwinTrackPlan.REHABILITATION, "SPECIALIST_WITHDRAWN", why);
      return;
    }
    if (!REQUEST.equals(request)) {
      problems.add(
          new FieldProblem(
              TwinTrackPlan.ASSESSMENT_REQUEST.name(),
              "must be '" + REQUEST + "' or '" + WITHDRAW + "'"));
      FormProblems.refuseIfAny("The request cannot be recorded.", problems);
    }
    String kind = TwinTrackPlan.ASSESSMENT_KIND.find(execution).orElse(null);
    if (!"residential".equals(kind) && !"community".equals(kind)) {
      problems.add(
          new FieldProblem(
              TwinTrackPlan.ASSESSMENT_KIND.name(), "must be 'residential' or 'community'"));
    }
    String purpose = answer(execution, TwinTrackPlan.ASSESSMENT_PURPOSE, "its purpose", problems);
    String evidence =
        answer(
            execution,
            TwinTrackPlan.CHANCE_OF_SUCCESS_EVIDENCE,
            "why it has, or has not, a good chance of success",
            problems);
    String wait =
        answer(
            execution, TwinTrackPlan.CHILD_CAN_WAIT_REASON, "whether the child can wait", problems);
    String assessed =
        answer(
            execution, TwinTrackPlan.WHAT_IS_ASSESSED, "what exactly is to be assessed", problems);
    String alternatives =
        answer(execution, TwinTrackPlan.ALTERNATIVES_TRIED, "what else was tried", problems);
    String chance = TwinTrackPlan.CHANCE_OF_SUCCESS.find(execution).orElse(null);
    String canWait = TwinTrackPlan.CHILD_CAN_WAIT.find(execution).orElse(null);
    if ("poor".equals(chance)) {
      problems.add(
          new FieldProblem(
              TwinTrackPlan.CHANCE_OF_SUCCESS.name(),
              "is poor: an assessment is not a safe place to fail; withdraw the request"));
    } else if (!"good".equals(chance)) {
      problems.add(
          new FieldProblem(TwinTrackPlan.CHANCE_OF_SUCCESS.name(), "must be 'good' or 'poor'"));
    }
    if ("no".equals(canWait)) {
      problems.add(
          new FieldProblem(
              TwinTrackPlan.CHILD_CAN_WAIT.name(),
              "is no: the child cannot wait for the placement and its funding; withdraw the"
                  + " request"));
    } else if (!"yes".equals(canWait)) {
      problems.add(new FieldProblem(TwinTrackPlan.CHILD_CAN_WAIT.name(), "must be 'yes' or 'no'"));
    }
    FormProblems.refuseIfAny("The assessment cannot be asked for.", problems);
    history.record(
        execution,
        TwinTrackPlan.REHABILITATION,
        "SPECIALIST_REQUESTED",
        "A "
            + kind
            + " assessment. Purpose: "
            + purpose
            + ". Chance of success: "
            + evidence
            + ". The child can wait: "
            + wait
            + ". To be assessed: "
            + assessed
            + ". Alternatives tried: "
            + alternatives);
  }

  private static String answer(
      DelegateExecution execution,
      ProcessVariable<String> field,
      String what,
      List<FieldProblem> problems) {
    String value = FormText.of(field.find(execution));
    FormText.require(problems, field, value, what);
    return value;
  }
}
