package org.carepath.deadlines;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The watcher's step: escalate every open step past its due date. */
@Component("escalateOverdueWork")
class EscalateOverdueWorkDelegate implements JavaDelegate {

  private final OverdueWork overdueWork;

  EscalateOverdueWorkDelegate(OverdueWork overdueWork) {
    this.overdueWork = overdueWork;
  }

  @Override
  public void execute(DelegateExecution execution) {
    overdueWork.escalateDue();
  }
}
