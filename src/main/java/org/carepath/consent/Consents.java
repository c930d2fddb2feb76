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

  /** The Cambridgeshire offer's exceptions to asking first, each a basis of its own. */
  public static final String RISK_TO_CHILD = "risk-to-child";

  public static final String CRIMINAL_INVESTIGATION = "criminal-investigation";
  public static final String STAFF_SAFETY = "staff-safety";

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
   * consent given but withheld from this agency counts as declined for it; an exception to asking
   * first is that exception (an earlier record's "not-sought-risk-to-child" is {@link
   * #RISK_TO_CHILD}); no decision yet is not sought.
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
                  case RecordConsentDelegate.NOT_SOUGHT_RISK_TO_CHILD, RISK_TO_CHILD ->
                      RISK_TO_CHILD;
                  case CRIMINAL_INVESTIGATION -> CRIMINAL_INVESTIGATION;
                  case STAFF_SAFETY -> STAFF_SAFETY;
                  default -> NOT_SOUGHT;
                })
        .orElse(NOT_SOUGHT);
  }
}
