package org.carepath.level;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.springframework.stereotype.Component;

/**
 * When an assessment task is created, fills in what the case already knows: the youngest child's
 * age (an unborn baby counts as 0) and whether an adult is pregnant, so the assessor checks rather
 * than retypes (seed 000: families should not have to repeat themselves).
 */
@Component("prefillAssessment")
class PrefillAssessmentListener implements TaskListener {

  private final Cases cases;
  private final Clock clock;

  PrefillAssessmentListener(Cases cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FamilyCase familyCase = cases.require(FamilyPathway.CASE_REFERENCE.from(task.getExecution()));
    LocalDate today = LocalDate.now(clock);
    boolean pregnancy =
        cases.adults(familyCase.id()).stream()
            .anyMatch(adult -> adult.pregnant() && !adult.expectedDeliveryDate().isBefore(today));
    Optional<Integer> youngest =
        Stream.concat(
                cases.children(familyCase.id()).stream()
                    .map(child -> Period.between(child.dateOfBirth(), today).getYears()),
                pregnancy ? Stream.of(0) : Stream.empty())
            .min(Integer::compare);
    youngest.ifPresent(age -> FamilyPathway.YOUNGEST_CHILD_AGE_YEARS.set(task.getExecution(), age));
    if (FamilyPathway.PREGNANT.find(task.getExecution()).isEmpty()) {
      FamilyPathway.PREGNANT.set(task.getExecution(), pregnancy);
    }
  }
}
