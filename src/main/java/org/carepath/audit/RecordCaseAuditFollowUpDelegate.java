package org.carepath.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the lead professional's answer to what the audit found missing. */
@Component("recordCaseAuditFollowUp")
class RecordCaseAuditFollowUpDelegate implements JavaDelegate {

  private final CaseAudits audits;

  RecordCaseAuditFollowUpDelegate(CaseAudits audits) {
    this.audits = audits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    audits.recordFollowUp(execution);
  }
}
