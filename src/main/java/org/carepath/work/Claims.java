package org.carepath.work;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Taking a task on and handing it back, through the engine and as the signed-in user, so the
 * engine's own rights apply; the work list follows through its listeners.
 */
@Service
class Claims {

  private final TaskService taskService;
  private final CurrentUser currentUser;

  Claims(TaskService taskService, CurrentUser currentUser) {
    this.taskService = taskService;
    this.currentUser = currentUser;
  }

  record Claimed(String taskId, String assignee) {}

  Claimed claim(String taskId) {
    Task task = visible(taskId);
    String me = currentUser.userId();
    if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
      throw ApiProblem.conflict(
          "task-taken", "This task was taken on by " + task.getAssignee() + " a moment ago.");
    }
    taskService.claim(taskId, me);
    return new Claimed(taskId, me);
  }

  Claimed unclaim(String taskId) {
    Task task = visible(taskId);
    String me = currentUser.userId();
    if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
      throw ApiProblem.conflict(
          "task-taken", "Only " + task.getAssignee() + " can hand this task back.");
    }
    taskService.setAssignee(taskId, null);
    return new Claimed(taskId, null);
  }

  /** The task if the user's agencies are offered it; otherwise it does not exist for them. */
  private Task visible(String taskId) {
    Task task =
        taskService
            .createTaskQuery()
            .taskId(taskId)
            .taskCandidateGroupIn(currentUser.groupIds())
            .includeAssignedTasks()
            .singleResult();
    if (task == null || currentUser.groupIds().isEmpty()) {
      throw new ApiProblem(
          HttpStatus.NOT_FOUND,
          "task-not-found",
          "There is no open task " + taskId + " for you.",
          java.util.List.of());
    }
    return task;
  }
}
