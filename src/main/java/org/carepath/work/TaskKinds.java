package org.carepath.work;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The kinds of task the pathways ask for, by id and name, for the work list's "task" filter. Read
 * from the latest version of each deployed pathway, so a new task appears with the model that
 * brings it.
 */
@Service
class TaskKinds {

  record Kind(String key, String name) {}

  private final RepositoryService repositoryService;
  private final CurrentUser currentUser;

  /** A deployed definition never changes, so its tasks are read once. */
  private final Map<String, List<Kind>> byDefinition = new ConcurrentHashMap<>();

  TaskKinds(RepositoryService repositoryService, CurrentUser currentUser) {
    this.repositoryService = repositoryService;
    this.currentUser = currentUser;
  }

  List<Kind> all() {
    Map<String, Kind> kinds = new TreeMap<>();
    // The pathways' task names are no secret; agencies have no read right on the models.
    List<ProcessDefinition> definitions =
        currentUser.asSystem(
            () -> repositoryService.createProcessDefinitionQuery().latestVersion().list());
    for (ProcessDefinition definition : definitions) {
      for (Kind kind : byDefinition.computeIfAbsent(definition.getId(), this::read)) {
        kinds.putIfAbsent(kind.key(), kind);
      }
    }
    return kinds.values().stream()
        .sorted(Comparator.comparing(Kind::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private List<Kind> read(String definitionId) {
    Collection<UserTask> tasks =
        currentUser
            .asSystem(() -> repositoryService.getBpmnModelInstance(definitionId))
            .getModelElementsByType(UserTask.class);
    // A name computed per task (a routed agency task) is no kind to filter by.
    return tasks.stream()
        .filter(task -> task.getName() != null && !task.getName().contains("${"))
        .map(task -> new Kind(task.getId(), task.getName()))
        .toList();
  }
}
