package org.carepath.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The morning check of {@code case-audit-check}: asks managers to audit each case due. */
@Component("startCaseAudits")
class StartCaseAuditsDelegate implements JavaDelegate {

  private final CaseAudits audits;

  StartCaseAuditsDelegate(CaseAudits audits) {
    this.audits = audits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    audits.startDueAudits();
  }
}
