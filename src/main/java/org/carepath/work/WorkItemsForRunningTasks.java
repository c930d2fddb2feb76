package org.carepath.work;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasks already open when the work list arrived are added to it once, at the first start, in
 * batches; later tasks arrive through the listeners.
 */
@Component
public class WorkItemsForRunningTasks {

  private static final Logger log = LoggerFactory.getLogger(WorkItemsForRunningTasks.class);

  static final int BATCH = 500;

  private final WorkItemRepository items;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final Clock clock;
  private final TransactionTemplate inBatch;

  WorkItemsForRunningTasks(
      WorkItemRepository items,
      TaskService taskService,
      RepositoryService repositoryService,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.items = items;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.clock = clock;
    this.inBatch = new TransactionTemplate(transactions);
  }

  /** One batch per transaction; a restart half-way adds only what is still missing. */
  @EventListener(ApplicationReadyEvent.class)
  public void addOnce() {
    if (items.backfilled()) {
      return;
    }
    int added = 0;
    for (int first = 0; ; first += BATCH) {
      int from = first;
      List<Task> tasks = taskService.createTaskQuery().orderByTaskId().asc().listPage(from, BATCH);
      added +=
          inBatch.execute(
              status -> {
                int batch = 0;
                for (Task task : tasks) {
                  if (!items.contains(task.getId())) {
                    items.add(openTask(task));
                    batch++;
                  }
                }
                return batch;
              });
      if (tasks.size() < BATCH) {
        break;
      }
      log.info("Work list: {} open tasks added so far", added);
    }
    inBatch.executeWithoutResult(status -> items.markBackfilled(OffsetDateTime.now(clock)));
    if (added > 0) {
      log.info("Work list: added the {} tasks open before it existed", added);
    }
  }

  private WorkItemRepository.OpenTask openTask(Task task) {
    Object reference = taskService.getVariable(task.getId(), "caseReference");
    ProcessDefinition definition =
        task.getProcessDefinitionId() == null
            ? null
            : repositoryService.getProcessDefinition(task.getProcessDefinitionId());
    return new WorkItemRepository.OpenTask(
        task.getId(),
        WorkItemListeners.groups(taskService.getIdentityLinksForTask(task.getId())),
        reference == null ? null : reference.toString(),
        WorkItemListeners.shownName(task.getName(), task.getTaskDefinitionKey(), reference),
        task.getTaskDefinitionKey(),
        definition == null ? "" : definition.getKey(),
        WorkItemListeners.time(task.getDueDate()),
        WorkItemListeners.time(task.getCreateTime()),
        task.getAssignee());
  }
}
