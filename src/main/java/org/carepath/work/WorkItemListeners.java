package org.carepath.work;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.carepath.pathway.FamilyPathway;
import org.carepath.system.CurrentUser;
import org.carepath.system.UserTaskObserver;
import org.springframework.stereotype.Component;

/**
 * Keeps the work list in step with the engine: every user task of every model, when it is created,
 * assigned, changed, completed or cancelled, in the engine's own transaction, so the list never
 * shows a task the engine has not committed or misses one it has.
 */
@Component
class WorkItemListeners implements UserTaskObserver {

  private final WorkItemRepository items;
  private final CurrentUser currentUser;
  private final Clock clock;

  WorkItemListeners(WorkItemRepository items, CurrentUser currentUser, Clock clock) {
    this.items = items;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void created(DelegateTask task) {
    items.add(openTask(task));
  }

  @Override
  public void assigned(DelegateTask task) {
    items.assign(task.getId(), task.getAssignee());
  }

  @Override
  public void updated(DelegateTask task) {
    items.update(task.getId(), shownName(task), time(task.getDueDate()));
    items.assign(task.getId(), task.getAssignee());
  }

  @Override
  public void ended(DelegateTask task) {
    // Completed (not cancelled with its process): kept for the case page, with who did it.
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      items.markDone(task.getId(), currentUser.userId(), OffsetDateTime.now(clock));
    }
    items.remove(task.getId());
  }

  static WorkItemRepository.OpenTask openTask(DelegateTask task) {
    Object reference = task.getVariable(FamilyPathway.CASE_REFERENCE.name());
    return new WorkItemRepository.OpenTask(
        task.getId(),
        groups(task.getCandidates()),
        reference == null ? null : reference.toString(),
        shownName(task),
        task.getTaskDefinitionKey(),
        processKey(task.getProcessDefinitionId()),
        time(task.getDueDate()),
        time(task.getCreateTime()),
        task.getAssignee());
  }

  static List<String> groups(Iterable<? extends IdentityLink> links) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : links) {
      if (link.getGroupId() != null
          && IdentityLinkType.CANDIDATE.equals(link.getType())
          && !groups.contains(link.getGroupId())) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  /** The task's name without the case reference the list shows in its own column. */
  static String shownName(DelegateTask task) {
    return shownName(
        task.getName(),
        task.getTaskDefinitionKey(),
        task.getVariable(FamilyPathway.CASE_REFERENCE.name()));
  }

  static String shownName(String name, String taskKey, Object caseReference) {
    String shown = name == null ? taskKey : name;
    String suffix = " · " + caseReference;
    return caseReference != null && shown.endsWith(suffix)
        ? shown.substring(0, shown.length() - suffix.length())
        : shown;
  }

  static String processKey(String processDefinitionId) {
    return processDefinitionId == null ? "" : processDefinitionId.split(":")[0];
  }

  static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
