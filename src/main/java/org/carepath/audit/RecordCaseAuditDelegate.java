package org.carepath.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the manager's answers to the checklist; a "no" sends what is missing to the lead. */
@Component("recordCaseAudit")
class RecordCaseAuditDelegate implements JavaDelegate {

  private final CaseAudits audits;

  RecordCaseAuditDelegate(CaseAudits audits) {
    this.audits = audits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    audits.record(execution);
  }
}
