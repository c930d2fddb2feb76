package org.carepath.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds the {@link UserTaskObserver} beans to every user task when models are parsed, after the
 * model's own listeners and the task's name and description are set, so designers add nothing to
 * their models for it.
 */
@Component
class EveryUserTask extends AbstractProcessEnginePlugin {

  private final ObjectProvider<UserTaskObserver> observers;

  EveryUserTask(ObjectProvider<UserTaskObserver> observers) {
    this.observers = observers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener created = task -> all().forEach(observer -> observer.created(task));
    TaskListener assigned = task -> all().forEach(observer -> observer.assigned(task));
    TaskListener updated = task -> all().forEach(observer -> observer.updated(task));
    TaskListener ended = task -> all().forEach(observer -> observer.ended(task));
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition =
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, updated);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, ended);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, ended);
              }
            });
  }

  private List<UserTaskObserver> all() {
    return observers.orderedStream().toList();
  }
}
