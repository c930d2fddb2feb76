package org.carepath.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.HandoffProcess;
import org.carepath.sharing.Sharing;
import org.carepath.sharing.SharingDecision;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Opens a handoff on the case record and sets the receiver's deadline: 1 day at Level 4, where the
 * risk is immediate (seed 002), otherwise 5 days (about three working days; a gap in the seeds,
 * stated in README). The sender stays lead until the receiver accepts.
 */
@Component("openHandoff")
class OpenHandoffDelegate implements JavaDelegate {

  static final Duration URGENT_ANSWER = Duration.ofDays(1);
  static final Duration ANSWER = Duration.ofDays(5);

  private final Cases cases;
  private final HandoffRepository handoffs;
  private final Sharing sharing;
  private final CurrentUser currentUser;
  private final Clock clock;

  OpenHandoffDelegate(
      Cases cases,
      HandoffRepository handoffs,
      Sharing sharing,
      CurrentUser currentUser,
      Clock clock) {
    this.cases = cases;
    this.handoffs = handoffs;
    this.sharing = sharing;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * The first assessment placing a family above the referrer's level is a step up from universal
   * services; a new lead with no change of level is a transfer; a newborn passes from midwifery to
   * health visiting by a hand-over.
   */
  static String kind(String levelDirection) {
    return switch (levelDirection) {
      case "STEP_UP", "INITIAL" -> "STEP_UP";
      case "STEP_DOWN" -> "STEP_DOWN";
      case "HANDOVER" -> "HANDOVER";
      default -> "TRANSFER";
    };
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(HandoffProcess.CASE_REFERENCE.from(execution));
    String from = HandoffProcess.FROM_AGENCY.from(execution);
    String to = HandoffProcess.TO_AGENCY.from(execution);
    String kind = kind(HandoffProcess.KIND.find(execution).orElse(""));
    Integer level = FamilyPathway.LEVEL.find(execution).orElse(null);
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id =
        handoffs.open(
            familyCase.id(),
            kind,
            from,
            to,
            level,
            HandoffProcess.REASON.find(execution).orElse(null),
            currentUser.userId(),
            now);
    if (!cases.agencies(familyCase.id()).contains(to)) {
      // The receiver needs to see the case to decide: that shares the family's information.
      SharingDecision decision =
          sharing.decide(
              familyCase,
              to,
              "TRANSFER".equals(kind) ? Sharing.TRANSFER : Sharing.HANDOFF,
              null,
              HandoffShare.INFORMATION);
      if (!decision.shared()) {
        // Checked before every handoff starts; only a change of consent in between gets here.
        throw new IllegalStateException(
            "Handoff of case "
                + familyCase.reference()
                + " to "
                + to
                + " may not share the family's information: "
                + decision.reason());
      }
      cases.involve(familyCase.id(), to);
    }

    HandoffProcess.HANDOFF_ID.set(execution, id);
    HandoffProcess.KIND.set(execution, kind);
    HandoffProcess.LEAD_AGENCY.set(execution, from);
    HandoffProcess.ANSWER_DUE.set(
        execution,
        Date.from(now.plus(level != null && level == 4 ? URGENT_ANSWER : ANSWER).toInstant()));
  }
}
