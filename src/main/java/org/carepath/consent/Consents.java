package org.carepath.consent;

import java.util.List;
import org.springframework.stereotype.Service;

/** The consent record: what the family agreed to, for the case view and for sharing decisions. */
@Service
public class Consents {

  /** The family's consent for one agency, in the words of DMN {@code information-sharing}. */
  public static final String GIVEN = "given";

  public static final String DECLINED = "declined";
  public static final String NOT_SOUGHT = "not-sought";

  private final ConsentRepository consents;

  Consents(ConsentRepository consents) {
    this.consents = consents;
  }

  public List<ConsentDecision> of(long caseId) {
    return consents.of(caseId);
  }

  /** The family's latest decision about sharing, if they have been asked. */
  public java.util.Optional<ConsentDecision> latest(long caseId) {
    return consents.latest(caseId);
  }

  /**
   * Whether the family agreed that this agency may be told, from their latest consent decision:
   * consent given but withheld from this agency counts as declined for it; no decision yet, or
   * consent not sought, is not sought.
   */
  public String consentFor(long caseId, String agency) {
    return consents
        .latest(caseId)
        .map(
            decision ->
                switch (decision.basis()) {
                  case RecordConsentDelegate.GIVEN ->
                      decision.withheldFrom().contains(agency) ? DECLINED : GIVEN;
                  case RecordConsentDelegate.DECLINED -> DECLINED;
                  default -> NOT_SOUGHT;
                })
        .orElse(NOT_SOUGHT);
  }
}
