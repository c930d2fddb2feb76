package org.carepath.handoff;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.HandoffProcess;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/** Keeps what the family was told about their new lead professional, by whom and when. */
@Component("recordFamilyTold")
class RecordFamilyToldDelegate implements JavaDelegate {

  private final HandoffRepository handoffs;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordFamilyToldDelegate(HandoffRepository handoffs, CurrentUser currentUser, Clock clock) {
    this.handoffs = handoffs;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String message = HandoffProcess.FAMILY_MESSAGE.find(execution).map(String::trim).orElse("");
    FormProblems.refuseIfAny(
        "The family update cannot be recorded.",
        message.isEmpty()
            ? List.of(
                new FieldProblem(
                    HandoffProcess.FAMILY_MESSAGE.name(),
                    "is required: what the family was told, in plain words"))
            : List.of());
    handoffs.familyTold(
        HandoffProcess.HANDOFF_ID.from(execution),
        message,
        currentUser.userId(),
        OffsetDateTime.now(clock));
  }
}
