package org.carepath.level;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.FamilyPathway;
import org.springframework.stereotype.Component;

/**
 * After the assessment form: refuse incomplete input before the level decision reads it, and mark
 * any waiting concern as taken in.
 */
@Component("checkAssessment")
class CheckAssessmentDelegate implements JavaDelegate {
  @Override
  public void execute(DelegateExecution execution) {
    AssessmentForm.check(execution);
    // This assessment takes in any concern that was waiting for one.
    FamilyPathway.CONCERN_PENDING.set(execution, false);
  }
}
