package org.carepath.routing;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.sharing.ConsentRevisits;
import org.springframework.stereotype.Component;

/**
 * When a case closes, every open or held agency task closes with that reason, and any talk about
 * consent ends: nothing is left orphaned.
 */
@Component("withdrawAgencyTasks")
class WithdrawAgencyTasksDelegate implements JavaDelegate {

  private final Cases cases;
  private final RoutedTaskRepository tasks;
  private final TaskWithdrawer withdrawer;
  private final ConsentRevisits consentRevisits;
  private final Clock clock;

  WithdrawAgencyTasksDelegate(
      Cases cases,
      RoutedTaskRepository tasks,
      TaskWithdrawer withdrawer,
      ConsentRevisits consentRevisits,
      Clock clock) {
    this.cases = cases;
    this.tasks = tasks;
    this.withdrawer = withdrawer;
    this.consentRevisits = consentRevisits;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    OffsetDateTime now = OffsetDateTime.now(clock);
    tasks
        .active(familyCase.id())
        .forEach(
            task ->
                withdrawer.withdraw(
                    task, "The case closed: universal services meet the family's needs", now));
    consentRevisits.cancel(familyCase, "The case closed");
  }
}
