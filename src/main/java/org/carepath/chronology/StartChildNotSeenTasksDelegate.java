package org.carepath.chronology;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The morning check of {@code children-seen-check}. */
@Component("startChildNotSeenTasks")
class StartChildNotSeenTasksDelegate implements JavaDelegate {

  private final ChildrenSeen childrenSeen;

  StartChildNotSeenTasksDelegate(ChildrenSeen childrenSeen) {
    this.childrenSeen = childrenSeen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    childrenSeen.askLeadsToSeeChildren();
  }
}
