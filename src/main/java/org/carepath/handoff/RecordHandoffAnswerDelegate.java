package org.carepath.handoff;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.HandoffProcess;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * Records the receiver's answer. An acceptance makes the receiver the lead professional in the same
 * transaction, so there is no moment without one; a decline needs a reason, which goes back to the
 * sender.
 */
@Component("recordHandoffAnswer")
class RecordHandoffAnswerDelegate implements JavaDelegate {

  private final Cases cases;
  private final HandoffRepository handoffs;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordHandoffAnswerDelegate(
      Cases cases,
      HandoffRepository handoffs,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      Clock clock) {
    this.cases = cases;
    this.handoffs = handoffs;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Step-ups, step-downs and transfers are called by the family pathway, which takes the lead back.
   */
  private static boolean movesLeadOfItsCaller(DelegateExecution execution) {
    return !"HANDOVER".equals(HandoffProcess.KIND.find(execution).orElse(""));
  }

  @Override
  public void execute(DelegateExecution execution) {
    String answer = HandoffProcess.ANSWER.find(execution).orElse(null);
    String reason = HandoffProcess.ANSWER_REASON.find(execution).map(String::trim).orElse("");
    List<FieldProblem> problems = new ArrayList<>();
    if (!HandoffProcess.ACCEPT.equals(answer) && !HandoffProcess.DECLINE.equals(answer)) {
      problems.add(new FieldProblem(HandoffProcess.ANSWER.name(), "must be 'accept' or 'decline'"));
    } else if (HandoffProcess.DECLINE.equals(answer) && reason.isEmpty()) {
      problems.add(
          new FieldProblem(
              HandoffProcess.ANSWER_REASON.name(),
              "is required when declining: the sender needs to know why"));
    }
    FormProblems.refuseIfAny("The answer cannot be recorded.", problems);
    boolean accepted = HandoffProcess.ACCEPT.equals(answer);
    long handoffId = HandoffProcess.HANDOFF_ID.from(execution);
    FamilyCase familyCase = cases.lock(HandoffProcess.CASE_REFERENCE.from(execution));
    handoffs.answer(
        handoffId,
        accepted,
        reason.isEmpty() ? null : reason,
        currentUser.userId(),
        OffsetDateTime.now(clock));
    // A hand-over passes the sender's work; it moves the lead only when the sender leads.
    boolean movesLead =
        movesLeadOfItsCaller(execution)
            || HandoffProcess.FROM_AGENCY.from(execution).equals(familyCase.leadAgency());
    if (accepted && movesLead) {
      String receiver = HandoffProcess.TO_AGENCY.from(execution);
      cases.changeLead(familyCase.id(), receiver, handoffId);
      HandoffProcess.LEAD_AGENCY.set(execution, receiver);
      if (!movesLeadOfItsCaller(execution)) {
        // A hand-over runs beside the family pathway, whose tasks go to its lead professional.
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(FamilyPathway.KEY)
            .processInstanceBusinessKey(familyCase.reference())
            .list()
            .forEach(
                pathway ->
                    runtimeService.setVariable(
                        pathway.getId(), FamilyPathway.LEAD_AGENCY.name(), receiver));
      }
    }
    HandoffProcess.ACCEPTED.set(execution, accepted);
  }
}
