package org.carepath.deadlines;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.pathway.FamilyPathway;
import org.carepath.system.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasks opened before every step had a date get one at startup, counted from when they were
 * created, by the same table as new tasks; logged. A task overdue by then is escalated by the next
 * run of the watcher.
 */
@Component
class DueDatesForRunningTasks {

  private static final Logger log = LoggerFactory.getLogger(DueDatesForRunningTasks.class);

  static final int BATCH = 200;

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final DueDateTable table;
  private final CurrentUser currentUser;
  private final TransactionTemplate inBatch;

  DueDatesForRunningTasks(
      TaskService taskService,
      RepositoryService repositoryService,
      DueDateTable table,
      CurrentUser currentUser,
      PlatformTransactionManager transactions) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.table = table;
    this.currentUser = currentUser;
    this.inBatch = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void dateTheUndated() {
    int dated = 0;
    while (true) {
      int batch =
          inBatch.execute(
              status ->
                  currentUser.asSystem(
                      () -> {
                        List<Task> undated =
                            taskService
                                .createTaskQuery()
                                .withoutDueDate()
                                .orderByTaskId()
                                .asc()
                                .listPage(0, BATCH);
                        undated.forEach(this::date);
                        return undated.size();
                      }));
      dated += batch;
      if (batch < BATCH) {
        break;
      }
    }
    if (dated > 0) {
      log.info("Due dates: {} open tasks without a date were given one", dated);
    }
  }

  private void date(Task task) {
    String processKey =
        repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    Object level =
        task.getExecutionId() == null
            ? null
            : taskService.getVariable(task.getId(), FamilyPathway.LEVEL.name());
    int days =
        table.days(
            processKey,
            task.getTaskDefinitionKey(),
            level instanceof Number number ? number.intValue() : null);
    OffsetDateTime created = task.getCreateTime().toInstant().atOffset(ZoneOffset.UTC);
    task.setDueDate(Date.from(created.plusDays(days).toInstant()));
    taskService.saveTask(task);
  }
}
