package org.carepath.models;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.carepath.pathway.FamilyPathway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cases live for years, and the family pathway changes under them: at startup, running cases move
 * to its latest version, so every family gets what the pathway now does (support after recovery
 * rather than closing). Element ids are kept stable between versions, so each waiting step maps to
 * the step of the same id. A version that cannot be mapped, or a case that cannot move, stays where
 * it is and is logged; startup goes on. Our own record does not depend on the version.
 */
@Component
public class RunningCasesOnTheLatestPathway {

  private static final Logger log = LoggerFactory.getLogger(RunningCasesOnTheLatestPathway.class);

  static final int BATCH = 200;

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final boolean enabled;

  RunningCasesOnTheLatestPathway(
      RepositoryService repositoryService,
      RuntimeService runtimeService,
      @Value("${carepath.migrate-running-cases:true}") boolean enabled) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void atStartup() {
    if (enabled) {
      migrate();
    }
  }

  /** Moves running family pathways to the latest version; returns how many moved. */
  public int migrate() {
    ProcessDefinition latest =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(FamilyPathway.KEY)
            .latestVersion()
            .singleResult();
    if (latest == null) {
      return 0;
    }
    int moved = 0;
    for (ProcessDefinition older :
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(FamilyPathway.KEY)
            .list()) {
      if (older.getVersion() < latest.getVersion() && hasRunningCases(older)) {
        moved += migrate(older, latest);
      }
    }
    if (moved > 0) {
      log.info("Moved {} running cases to family pathway version {}", moved, latest.getVersion());
    }
    return moved;
  }

  private boolean hasRunningCases(ProcessDefinition definition) {
    return runtimeService
            .createProcessInstanceQuery()
            .processDefinitionId(definition.getId())
            .count()
        > 0;
  }

  private int migrate(ProcessDefinition older, ProcessDefinition latest) {
    MigrationPlan plan;
    try {
      plan =
          runtimeService
              .createMigrationPlan(older.getId(), latest.getId())
              .mapEqualActivities()
              .updateEventTriggers()
              .build();
    } catch (RuntimeException cannotMap) {
      log.warn(
          "Cases on family pathway version {} stay on it: {}",
          older.getVersion(),
          cannotMap.getMessage());
      return 0;
    }
    int moved = 0;
    int skipped = 0;
    while (true) {
      // Cases that could not move stay on the old version: page past them.
      List<String> batch =
          runtimeService
              .createProcessInstanceQuery()
              .processDefinitionId(older.getId())
              .orderByProcessInstanceId()
              .asc()
              .listPage(skipped, BATCH)
              .stream()
              .map(ProcessInstance::getId)
              .toList();
      if (batch.isEmpty()) {
        return moved;
      }
      try {
        runtimeService.newMigration(plan).processInstanceIds(batch).skipCustomListeners().execute();
        moved += batch.size();
      } catch (RuntimeException batchFailed) {
        for (String instance : batch) {
          try {
            runtimeService
                .newMigration(plan)
                .processInstanceIds(instance)
                .skipCustomListeners()
                .execute();
            moved++;
          } catch (RuntimeException cannotMove) {
            skipped++;
            log.warn(
                "Case process {} stays on family pathway version {}: {}",
                instance,
                older.getVersion(),
                cannotMove.getMessage());
          }
        }
      }
    }
  }
}
