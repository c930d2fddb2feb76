package org.carepath.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.ConsentRevisitProcess;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Asks the lead professional to talk with the family again when something could not be shared: one
 * open task per case, listing everything waiting since the family last decided.
 */
@Service
public class ConsentRevisits {

  /** Practitioner judgement (a gap in the sources): the pace of Level 2 work. */
  static final Duration DUE_IN = Duration.ofDays(14);

  private final Sharing sharing;
  private final ConsentRevisitRepository revisits;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Clock clock;

  ConsentRevisits(
      Sharing sharing,
      ConsentRevisitRepository revisits,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      Clock clock) {
    this.sharing = sharing;
    this.revisits = revisits;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Opens the lead's task, or brings the open one up to date with what is waiting now. */
  public void request(FamilyCase familyCase) {
    String heldWork = heldWork(familyCase.id());
    Optional<String> open = revisits.openProcessInstance(familyCase.id());
    if (open.isPresent()) {
      currentUser.asSystem(
          () -> {
            runtimeService.setVariable(
                open.get(), ConsentRevisitProcess.HELD_WORK.name(), heldWork);
            return null;
          });
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Map<String, Object> variables = new HashMap<>();
    ConsentRevisitProcess.CASE_REFERENCE.putIn(variables, familyCase.reference());
    ConsentRevisitProcess.LEAD_AGENCY.putIn(variables, familyCase.leadAgency());
    ConsentRevisitProcess.HELD_WORK.putIn(variables, heldWork);
    ConsentRevisitProcess.REVISIT_DUE.putIn(variables, Date.from(now.plus(DUE_IN).toInstant()));
    String instance =
        currentUser.asSystem(
            () ->
                runtimeService
                    .startProcessInstanceByKey(
                        ConsentRevisitProcess.KEY, familyCase.reference(), variables)
                    .getId());
    revisits.opened(familyCase.id(), instance, now);
  }

  /** The family's new decision is on record: the request is done. */
  public void done(FamilyCase familyCase) {
    revisits.closed(familyCase.id(), "REVISITED", OffsetDateTime.now(clock));
  }

  /** The case closed: nothing waits for consent any more, so the lead's task ends too. */
  public void cancel(FamilyCase familyCase, String reason) {
    revisits
        .openProcessInstance(familyCase.id())
        .ifPresent(
            instance ->
                currentUser.asSystem(
                    () -> {
                      runtimeService.deleteProcessInstance(instance, reason);
                      return null;
                    }));
    revisits.closed(familyCase.id(), "CANCELLED", OffsetDateTime.now(clock));
  }

  /** One line per agency and piece of work not shared, with why it was needed. */
  private String heldWork(long caseId) {
    Set<String> lines = new LinkedHashSet<>();
    for (SharingDecision refused : sharing.refusedSinceLatestConsent(caseId)) {
      lines.add("- **" + Agencies.name(refused.agency()) + "**: " + refused.information());
    }
    return String.join("\n", lines);
  }
}
