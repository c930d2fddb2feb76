package org.carepath.twintrack;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.pathway.TwinTrackPlan;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * Records a completed step of a twin-track plan on its track's history, refusing the step while a
 * required answer is missing.
 */
@Component("recordTwinTrackStep")
class RecordTwinTrackStepListener implements TaskListener {

  private final TwinTrackRepository plans;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordTwinTrackStepListener(TwinTrackRepository plans, CurrentUser currentUser, Clock clock) {
    this.plans = plans;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    TwinTrackSteps.Step step = TwinTrackSteps.BY_TASK.get(task.getTaskDefinitionKey());
    if (step == null) {
      throw new IllegalStateException("No twin-track step for " + task.getTaskDefinitionKey());
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (TwinTrackSteps.Field field : step.fields()) {
      Object value = task.getVariable(field.key());
      String text = value == null ? "" : String.valueOf(value).trim();
      if (text.isEmpty()) {
        problems.add(new FieldProblem(field.key(), "is required"));
      } else if (text.length() > 4000) {
        problems.add(new FieldProblem(field.key(), "must be at most 4000 characters"));
      }
      answers.add(field.label() + ": " + text);
    }
    FormProblems.refuseIfAny("\"" + task.getName() + "\" cannot be completed.", problems);
    plans.event(
        TwinTrackPlan.PLAN_ID.from(task.getExecution()),
        step.track(),
        step.kind(),
        OffsetDateTime.now(clock),
        currentUser.userId(),
        String.join("; ", answers));
  }
}
