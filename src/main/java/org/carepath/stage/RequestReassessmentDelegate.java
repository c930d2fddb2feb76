package org.carepath.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.concern.Concerns;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.PregnancyPathway;
import org.springframework.stereotype.Component;

/**
 * The baby is born, or the pregnancy ended without a birth: the family pathway reassesses, no
 * longer driven by the pregnancy.
 */
@Component("requestReassessment")
class RequestReassessmentDelegate implements JavaDelegate {

  private final Concerns concerns;

  RequestReassessmentDelegate(Concerns concerns) {
    this.concerns = concerns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    concerns.reassess(
        PregnancyPathway.CASE_REFERENCE.from(execution),
        PregnancyPathway.REASSESSMENT_TRIGGER.find(execution).orElse(FamilyPathway.TRIGGER_BIRTH));
  }
}
