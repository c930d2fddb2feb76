package org.carepath.handoff;

import java.util.List;
import org.springframework.stereotype.Service;

/** Read side of the handoffs, for the case view. */
@Service
public class Handoffs {

  private final HandoffRepository handoffs;

  Handoffs(HandoffRepository handoffs) {
    this.handoffs = handoffs;
  }

  public List<Handoff> of(long caseId) {
    return handoffs.of(caseId);
  }
}
