package org.carepath.consent;

import java.util.List;
import org.springframework.stereotype.Service;

/** Read side of the consent record, for the case view. */
@Service
public class Consents {

  private final ConsentRepository consents;

  Consents(ConsentRepository consents) {
    this.consents = consents;
  }

  public List<ConsentDecision> of(long caseId) {
    return consents.of(caseId);
  }
}
