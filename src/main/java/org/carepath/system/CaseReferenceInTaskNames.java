package org.carepath.system;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.carepath.pathway.FamilyPathway;
import org.springframework.stereotype.Component;

/**
 * Names every task after its case ("Assess family · CP-000042"), so a practitioner with many
 * families sees whose task it is in Tasklist. Agencies may not read whole process instances, so
 * Tasklist cannot show the case variable to them; the name is theirs to read. Done here rather than
 * in each model, so service designers keep plain names in Modeler.
 */
@Component
class CaseReferenceInTaskNames extends AbstractProcessEnginePlugin {

  static final String SEPARATOR = " · ";

  private static final TaskListener NAME_AFTER_CASE =
      (DelegateTask task) -> {
        Object reference = task.getVariable(FamilyPathway.CASE_REFERENCE.name());
        if (reference != null
            && task.getName() != null
            && !task.getName().endsWith(SEPARATOR + reference)) {
          task.setName(task.getName() + SEPARATOR + reference);
        }
      };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPreBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition()
                    .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, NAME_AFTER_CASE);
              }
            });
  }
}
