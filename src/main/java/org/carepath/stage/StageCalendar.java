package org.carepath.stage;

import static org.carepath.pathway.PregnancyPathway.ADOLESCENT;
import static org.carepath.pathway.PregnancyPathway.EARLY_YEARS;
import static org.carepath.pathway.PregnancyPathway.INFANT;
import static org.carepath.pathway.PregnancyPathway.PREGNANCY;
import static org.carepath.pathway.PregnancyPathway.SCHOOL_AGE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The developmental stages and the birthdays that start them: infant from birth, early years from
 * the first birthday, school age from the fifth (compulsory school age), adolescence from the
 * thirteenth, none from the eighteenth. Practitioner judgement (the sources name the stages, "from
 * conception through to adolescence", Hidden Harm recommendations, not their boundaries).
 */
final class StageCalendar {

  /** The stages of a child, each with the birthday it starts on. */
  private static final List<Map.Entry<String, Integer>> CHILD_STAGES =
      List.of(
          Map.entry(INFANT, 0),
          Map.entry(EARLY_YEARS, 1),
          Map.entry(SCHOOL_AGE, 5),
          Map.entry(ADOLESCENT, 13));

  static final int ADULT_AT = 18;

  private static final Map<String, String> NAMES =
      Map.of(
          PREGNANCY, "Pregnancy",
          INFANT, "Baby (under 1)",
          EARLY_YEARS, "Early years (1 to 5)",
          SCHOOL_AGE, "School age (5 to 13)",
          ADOLESCENT, "Young person (13 to 18)");

  static String name(String stage) {
    return NAMES.getOrDefault(stage, stage);
  }

  /** The stage a child born on {@code dateOfBirth} is in on {@code day}; empty from 18. */
  static Optional<String> stageOn(LocalDate dateOfBirth, LocalDate day) {
    String current = null;
    for (Map.Entry<String, Integer> stage : CHILD_STAGES) {
      if (!day.isBefore(dateOfBirth.plusYears(stage.getValue()))) {
        current = stage.getKey();
      }
    }
    return day.isBefore(dateOfBirth.plusYears(ADULT_AT))
        ? Optional.ofNullable(current)
        : Optional.empty();
  }

  /** The birthday that ends this stage and starts the next (the 18th after adolescence). */
  static LocalDate endOf(String stage, LocalDate dateOfBirth) {
    for (int i = 0; i < CHILD_STAGES.size(); i++) {
      if (CHILD_STAGES.get(i).getKey().equals(stage)) {
        int next = i + 1 < CHILD_STAGES.size() ? CHILD_STAGES.get(i + 1).getValue() : ADULT_AT;
        return dateOfBirth.plusYears(next);
      }
    }
    throw new IllegalArgumentException("Not a child's stage: " + stage);
  }

  /** The stage after this one: infant after a pregnancy; empty after adolescence. */
  static Optional<String> next(String stage) {
    if (PREGNANCY.equals(stage)) {
      return Optional.of(INFANT);
    }
    for (int i = 0; i + 1 < CHILD_STAGES.size(); i++) {
      if (CHILD_STAGES.get(i).getKey().equals(stage)) {
        return Optional.of(CHILD_STAGES.get(i + 1).getKey());
      }
    }
    return Optional.empty();
  }

  private StageCalendar() {}
}
