package org.carepath.level;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.carepath.cases.CaseAdult;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.springframework.stereotype.Component;

/**
 * What the case record says today that the decisions read: the youngest child's age (an unborn baby
 * counts as 0), whether a child is of school age or under five and born, whether someone is
 * pregnant. Set before every assessment and every review, so children growing up move the
 * best-placed lead (the youngest starting school) without anyone retyping their ages.
 */
@Component
public class CaseFacts {

  /** Compulsory school age in England: from 5 to 16. */
  static final int SCHOOL_AGE_FROM = 5;

  static final int SCHOOL_AGE_TO = 16;

  private final Cases cases;
  private final Clock clock;

  CaseFacts(Cases cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  public void refresh(FamilyCase familyCase, VariableScope execution) {
    LocalDate today = LocalDate.now(clock);
    List<CaseAdult> adults = cases.adults(familyCase.id());
    // Until the birth is recorded: a pregnancy past its date has not ended (seed 004 L3552).
    boolean pregnancy = adults.stream().anyMatch(CaseAdult::pregnant);
    List<Integer> ages =
        cases.children(familyCase.id()).stream()
            .map(child -> Period.between(child.dateOfBirth(), today).getYears())
            .toList();
    Optional<Integer> youngest =
        Stream.concat(ages.stream(), pregnancy ? Stream.of(0) : Stream.empty())
            .min(Integer::compare);
    FamilyPathway.SCHOOL_AGE_CHILD.set(
        execution, ages.stream().anyMatch(age -> age >= SCHOOL_AGE_FROM && age <= SCHOOL_AGE_TO));
    FamilyPathway.BORN_CHILD_UNDER_FIVE.set(
        execution, ages.stream().anyMatch(age -> age < SCHOOL_AGE_FROM));
    youngest.ifPresent(age -> FamilyPathway.YOUNGEST_CHILD_AGE_YEARS.set(execution, age));
    // The case record says who is pregnant now: a birth (or a new pregnancy) recorded since the
    // last decision must not leave the earlier answer in place.
    FamilyPathway.PREGNANT.set(execution, pregnancy);
  }
}
