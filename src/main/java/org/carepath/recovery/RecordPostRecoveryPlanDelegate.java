package org.carepath.recovery;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.PostRecoverySupport;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.FormText;
import org.springframework.stereotype.Component;

/**
 * Records the support plan agreed with the family: who they can call, what happens if things get
 * harder, and a parent mentor when they want one (seed 000: ex-drug users "as parent mentors").
 */
@Component("recordPostRecoveryPlan")
class RecordPostRecoveryPlanDelegate implements JavaDelegate {

  static final String WANTED = "wanted";
  static final String NOT_WANTED = "not-wanted";

  private final PostRecoveryRepository supports;

  RecordPostRecoveryPlanDelegate(PostRecoveryRepository supports) {
    this.supports = supports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String whoToCall = FormText.of(PostRecoverySupport.WHO_TO_CALL.find(execution));
    String relapsePlan = FormText.of(PostRecoverySupport.RELAPSE_PLAN.find(execution));
    String mentor = PostRecoverySupport.PARENT_MENTOR.find(execution).orElse(null);
    String mentorName = FormText.of(PostRecoverySupport.PARENT_MENTOR_NAME.find(execution));
    List<FieldProblem> problems = new ArrayList<>();
    FormText.require(
        problems, PostRecoverySupport.WHO_TO_CALL, whoToCall, "who the family can call");
    FormText.require(
        problems,
        PostRecoverySupport.RELAPSE_PLAN,
        relapsePlan,
        "what happens if things get harder");
    if (!WANTED.equals(mentor) && !NOT_WANTED.equals(mentor)) {
      problems.add(
          new FieldProblem(
              PostRecoverySupport.PARENT_MENTOR.name(),
              "must be '" + WANTED + "' or '" + NOT_WANTED + "'"));
    } else if (WANTED.equals(mentor)) {
      FormText.require(
          problems, PostRecoverySupport.PARENT_MENTOR_NAME, mentorName, "the mentor's name");
    }
    FormProblems.refuseIfAny("The support plan cannot be recorded.", problems);
    supports.plan(
        PostRecoverySupport.SUPPORT_ID.from(execution),
        WANTED.equals(mentor) ? mentorName : null,
        "Who to call: " + whoToCall + ". If things get harder: " + relapsePlan);
  }
}
