package org.carepath.routing;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.FamilyPathway;
import org.carepath.sharing.ConsentRevisits;
import org.carepath.sharing.Sharing;
import org.carepath.sharing.SharingDecision;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * After the lead professional has talked with the family again: each held task is decided again
 * (DMN {@code information-sharing}) and either starts for its agency or closes as not shared, with
 * the reason recorded.
 */
@Component("releaseHeldAgencyTasks")
class ReleaseHeldAgencyTasksDelegate implements JavaDelegate {

  private final Cases cases;
  private final RoutedTaskRepository tasks;
  private final Sharing sharing;
  private final AgencyTaskStarter starter;
  private final ConsentRevisits consentRevisits;
  private final CurrentUser currentUser;
  private final Clock clock;

  ReleaseHeldAgencyTasksDelegate(
      Cases cases,
      RoutedTaskRepository tasks,
      Sharing sharing,
      AgencyTaskStarter starter,
      ConsentRevisits consentRevisits,
      CurrentUser currentUser,
      Clock clock) {
    this.cases = cases;
    this.tasks = tasks;
    this.sharing = sharing;
    this.starter = starter;
    this.consentRevisits = consentRevisits;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    OffsetDateTime now = OffsetDateTime.now(clock);
    consentRevisits.done(familyCase);
    for (RoutedTaskRepository.OpenTask held : tasks.held(familyCase.id())) {
      SharingDecision decision =
          sharing.decide(
              familyCase,
              held.agency(),
              Sharing.ROUTED_TASK,
              held.taskKey(),
              AgencyTaskStarter.sharedForTask(held.taskKey()));
      if (decision.shared()) {
        starter.release(familyCase, held, now);
      } else {
        tasks.close(
            held.id(),
            "NOT_SHARED",
            "not-shared",
            Agencies.name(held.agency()) + " was not told: " + decision.reason(),
            currentUser.userId(),
            now);
      }
    }
  }
}
