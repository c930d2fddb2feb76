package org.carepath.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Moves the running instances of a process to a version just deployed: each waiting step maps to
 * the step of the same id (as at startup), and the move runs as a Camunda batch, in the background.
 * Instances waiting at a step the new version no longer has cannot move: they stay where they are,
 * and the report names the step and how many wait there.
 */
@Component
class RunningInstances {

  /** What happened to the instances on one older version. */
  record Move(
      String process,
      String processName,
      int fromVersion,
      int toVersion,
      int moving,
      String batchId,
      List<Stuck> cannotMove,
      String whyNot) {}

  /** Instances left on the older version, and why. */
  record Stuck(String step, String stepName, long instances, String why) {}

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  RunningInstances(
      RepositoryService repositoryService, RuntimeService runtimeService, CurrentUser currentUser) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  /** Plans and starts the move of every older version's running instances to {@code latest}. */
  List<Move> moveTo(ProcessDefinition latest) {
    // Our own API has authorized the designer; the engine gives designers no rights over
    // instances (they never see a family), so the move runs as the application.
    return currentUser.asSystem(
        () -> {
          List<Move> moves = new ArrayList<>();
          for (ProcessDefinition older :
              repositoryService
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(latest.getKey())
                  .orderByProcessDefinitionVersion()
                  .asc()
                  .list()) {
            if (older.getVersion() < latest.getVersion()
                && runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionId(older.getId())
                        .count()
                    > 0) {
              moves.add(move(older, latest));
            }
          }
          return moves;
        });
  }

  private Move move(ProcessDefinition older, ProcessDefinition latest) {
    String name = latest.getName() == null ? latest.getKey() : latest.getName();
    MigrationPlan plan;
    try {
      plan =
          runtimeService
              .createMigrationPlan(older.getId(), latest.getId())
              .mapEqualActivities()
              .updateEventTriggers()
              .build();
    } catch (MigrationPlanValidationException cannotMap) {
      String why =
          cannotMap.getValidationReport().getInstructionReports().stream()
              .flatMap(report -> report.getFailures().stream())
              .distinct()
              .collect(Collectors.joining("; "));
      return new Move(
          latest.getKey(),
          name,
          older.getVersion(),
          latest.getVersion(),
          0,
          null,
          List.of(),
          "The steps of version "
              + older.getVersion()
              + " cannot be matched to the new version ("
              + why
              + "): its instances stay on it.");
    }
    Set<String> mapped =
        plan.getInstructions().stream()
            .map(MigrationInstruction::getSourceActivityId)
            .collect(Collectors.toSet());
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(older.getId());
    Set<String> stuckIds = new HashSet<>();
    List<Stuck> stuck = new ArrayList<>();
    for (FlowNode step : model.getModelElementsByType(FlowNode.class)) {
      if (mapped.contains(step.getId())) {
        continue;
      }
      List<String> waiting =
          runtimeService
              .createProcessInstanceQuery()
              .processDefinitionId(older.getId())
              .activityIdIn(step.getId())
              .list()
              .stream()
              .map(ProcessInstance::getId)
              .toList();
      if (!waiting.isEmpty()) {
        stuckIds.addAll(waiting);
        stuck.add(
            new Stuck(
                step.getId(),
                step.getName() == null ? step.getId() : step.getName(),
                waiting.size(),
                "The new version has no step '"
                    + step.getId()
                    + "' to move them to: keep the step's id, or finish these first."));
      }
    }
    Set<String> moving =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionId(older.getId())
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .filter(id -> !stuckIds.contains(id))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    String batchId = null;
    if (!moving.isEmpty()) {
      Batch batch =
          runtimeService
              .newMigration(plan)
              .processInstanceIds(List.copyOf(moving))
              .skipCustomListeners()
              .executeAsync();
      batchId = batch.getId();
    }
    return new Move(
        latest.getKey(),
        name,
        older.getVersion(),
        latest.getVersion(),
        moving.size(),
        batchId,
        stuck,
        null);
  }
}
