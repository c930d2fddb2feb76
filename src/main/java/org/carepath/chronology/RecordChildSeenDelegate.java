package org.carepath.chronology;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.ChildNotSeenProcess;
import org.springframework.stereotype.Component;

/** Records the child seen from the lead's task, for the lead's agency. */
@Component("recordChildSeen")
class RecordChildSeenDelegate implements JavaDelegate {

  private final ChildrenSeen childrenSeen;

  RecordChildSeenDelegate(ChildrenSeen childrenSeen) {
    this.childrenSeen = childrenSeen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    childrenSeen.recordFromTask(
        ChildNotSeenProcess.CASE_REFERENCE.from(execution),
        ChildNotSeenProcess.CHILD_ID.from(execution),
        ChildNotSeenProcess.SEEN_ON.find(execution).orElse(null),
        ChildNotSeenProcess.SEEN_ALONE.find(execution).orElse(null),
        ChildNotSeenProcess.CHILD_VIEWS.find(execution).orElse(null),
        ChildNotSeenProcess.LEAD_AGENCY.from(execution));
  }
}
