package org.carepath.handoff;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.HandoffProcess;
import org.springframework.stereotype.Component;

/** Marks the handoff as escalated when the receiver has not answered in time. */
@Component("recordHandoffEscalation")
class RecordHandoffEscalationDelegate implements JavaDelegate {

  private final HandoffRepository handoffs;
  private final Clock clock;

  RecordHandoffEscalationDelegate(HandoffRepository handoffs, Clock clock) {
    this.handoffs = handoffs;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handoffs.escalated(HandoffProcess.HANDOFF_ID.from(execution), OffsetDateTime.now(clock));
  }
}
