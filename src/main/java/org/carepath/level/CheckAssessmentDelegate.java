package org.carepath.level;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the assessment form: refuse incomplete input before the level decision reads it. */
@Component("checkAssessment")
class CheckAssessmentDelegate implements JavaDelegate {
  @Override
  public void execute(DelegateExecution execution) {
    AssessmentForm.check(execution);
  }
}
