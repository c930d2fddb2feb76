package org.carepath.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Clock clock;

  ConsentRevisits(
      Sharing sharing, RuntimeService runtimeService, CurrentUser currentUser, Clock clock) {
    this.sharing = sharing;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Opens the lead's task, or brings the open one up to date with what is waiting now. */
  public void request(FamilyCase familyCase) {
    String heldWork = heldWork(familyCase.id());
    currentUser.asSystem(
        () -> {
          List<ProcessInstance> open =
              runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionKey(ConsentRevisitProcess.KEY)
                  .processInstanceBusinessKey(familyCase.reference())
                  .list();
          if (!open.isEmpty()) {
            open.forEach(
                revisit ->
                    runtimeService.setVariable(
                        revisit.getId(), ConsentRevisitProcess.HELD_WORK.name(), heldWork));
            return null;
          }
          Map<String, Object> variables = new HashMap<>();
          ConsentRevisitProcess.CASE_REFERENCE.putIn(variables, familyCase.reference());
          ConsentRevisitProcess.LEAD_AGENCY.putIn(variables, familyCase.leadAgency());
          ConsentRevisitProcess.HELD_WORK.putIn(variables, heldWork);
          ConsentRevisitProcess.REVISIT_DUE.putIn(
              variables, Date.from(OffsetDateTime.now(clock).plus(DUE_IN).toInstant()));
          return runtimeService.startProcessInstanceByKey(
              ConsentRevisitProcess.KEY, familyCase.reference(), variables);
        });
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
