package org.carepath.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The nightly step of retention-check: closed cases past every retention period, under no legal
 * hold, go on a destruction list for information governance to check and approve; access-log
 * entries past their own period are removed.
 */
@Component("listRecordsDueForDestruction")
class ListRecordsDueDelegate implements JavaDelegate {

  private final Retention retention;

  ListRecordsDueDelegate(Retention retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    retention.listDue();
    retention.pruneAccessLog();
  }
}
