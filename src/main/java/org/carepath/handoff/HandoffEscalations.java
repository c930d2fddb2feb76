package org.carepath.handoff;

import org.carepath.deadlines.OverdueWorkEscalated;
import org.carepath.pathway.HandoffProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A handoff whose receiver has not answered in time is marked escalated on the case record. */
@Component
class HandoffEscalations {

  private final HandoffRepository handoffs;

  HandoffEscalations(HandoffRepository handoffs) {
    this.handoffs = handoffs;
  }

  @EventListener
  void escalated(OverdueWorkEscalated escalated) {
    if (HandoffProcess.KEY.equals(escalated.processKey())
        && HandoffProcess.Elements.ANSWER_HANDOFF.equals(escalated.taskKey())) {
      escalated
          .id(HandoffProcess.HANDOFF_ID.name())
          .ifPresent(id -> handoffs.escalated(id, escalated.at()));
    }
  }
}
