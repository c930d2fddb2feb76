package org.carepath.system;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.FixedValue;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.SourceTitles;
import org.carepath.pathway.TwinTrackPlan;
import org.springframework.stereotype.Component;

/**
 * What a practitioner reads of a task in Tasklist. Every task is named after its case ("Assess
 * family · CP-000042"), and a task about one child names the child too ("Decide between
 * rehabilitation and permanence · Ben · CP-000042"), so a practitioner with many families sees
 * whose task it is: agencies may not read whole process instances, so Tasklist cannot show the case
 * variable to them. Its description is the element's documentation with each source named by its
 * title instead of the file citation service designers keep in the model. Done here rather than in
 * each model, so designers keep plain names and exact citations in Modeler.
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
          // A process about one child (a twin-track plan) names the child too.
          Object child = task.getVariable(TwinTrackPlan.CHILD_NAME.name());
          task.setName(
              task.getName() + (child == null ? "" : SEPARATOR + child) + SEPARATOR + reference);
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
                TaskDefinition task =
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, NAME_AFTER_CASE);
                String documentation = documentation(element);
                if (documentation != null) {
                  // A fixed value: documentation is text to read, never an expression to run.
                  task.setDescriptionExpression(
                      new FixedValue(SourceTitles.forPractitioners(documentation)));
                }
              }
            });
  }

  private static String documentation(Element element) {
    return element.elements().stream()
        .filter(child -> child.getTagName().endsWith("documentation"))
        .map(Element::getText)
        .map(String::trim)
        .filter(text -> !text.isEmpty())
        .findFirst()
        .orElse(null);
  }
}
