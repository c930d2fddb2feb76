package org.carepath.stage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The case closes: its stages end on the record and their pathways stop. Open tasks were closed
 * with their reasons just before.
 */
@Component("endStagePathways")
class EndStagePathwaysDelegate implements JavaDelegate {

  private final Cases cases;
  private final StageRepository stageRecords;
  private final Stages stages;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  EndStagePathwaysDelegate(
      Cases cases,
      StageRepository stageRecords,
      Stages stages,
      RuntimeService runtimeService,
      CurrentUser currentUser) {
    this.cases = cases;
    this.stageRecords = stageRecords;
    this.stages = stages;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    for (StageRepository.Stage stage : stageRecords.activeStages(familyCase.id())) {
      stageRecords.end(stage.id(), stages.today());
      stages.event(stage.id(), "ENDED", "The case closed.");
    }
    currentUser.asSystem(
        () -> {
          runtimeService
              .createProcessInstanceQuery()
              .processDefinitionKey(PregnancyPathway.KEY)
              .processInstanceBusinessKey(familyCase.reference())
              .list()
              .forEach(
                  instance ->
                      runtimeService.deleteProcessInstance(instance.getId(), "The case closed"));
          return null;
        });
  }
}
