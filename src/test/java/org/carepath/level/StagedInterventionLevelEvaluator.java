package org.carepath.level;

import static org.carepath.testing.AssessmentInputs.MAX_CHILD_AGE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.carepath.testing.AssessmentInputs;
import org.carepath.testing.AssessmentInputs.Concern;
import org.carepath.testing.DecisionTables;

/**
 * Evaluates {@code dmn/staged-intervention-level.dmn} through {@link DecisionTables}, so the
 * example-based and the property-based tests share one piece of code.
 */
final class StagedInterventionLevelEvaluator {

  static final String DECISION_KEY = "staged-intervention-level";

  static final int MAX_CHILD_INDICATORS = 16;
  static final int MAX_PROTECTIVE_FACTORS = 6;

  static final int MAX_CONTEXT_FACTORS = 5;

  /**
   * The boolean inputs of the level decision, each of which, when true, can only add risk: every
   * concern but those only the routing decision takes.
   */
  static final Set<Concern> RISK_FLAGS =
      Collections.unmodifiableSet(
          EnumSet.complementOf(
              EnumSet.of(
                  Concern.SCHOOL_AGE_CHILD,
                  Concern.DRUG_USE,
                  Concern.YOUNG_CARER,
                  Concern.EARLY_SUBSTANCE_USE)));

  /** Harm seen in a child, or a parent unable to care: the inputs the child sets the level by. */
  static final Set<Concern> CHILD_HARM_FLAGS =
      Collections.unmodifiableSet(
          EnumSet.of(
              Concern.NEGLECT_OR_ABUSE,
              Concern.SELF_HARM,
              Concern.PARENT_INCAPABLE,
              Concern.CHILD_LEFT_ALONE));

  /**
   * The decision is deterministic and each evaluation costs a few milliseconds (the Scala FEEL
   * engine parses every entry on every call), so proposals are remembered per family.
   */
  private static final Map<AssessmentInputs, Proposal> PROPOSALS = new ConcurrentHashMap<>();

  private StagedInterventionLevelEvaluator() {}

  /** A family with the given pattern, no risk flags, no child indicators. */
  static AssessmentInputs using(String substanceUsePattern) {
    return new AssessmentInputs(
        null, substanceUsePattern, Set.of(), 0, MAX_CHILD_AGE, MAX_PROTECTIVE_FACTORS);
  }

  /** The level the decision proposes, with its plain-words reason. */
  record Proposal(int level, String levelName, String reason, boolean immediateRisk) {}

  static String levelName(int level) {
    return switch (level) {
      case 1 -> "Universal";
      case 2 -> "Targeted";
      case 3 -> "Coordinated/Specialist";
      case 4 -> "Intensive";
      default -> throw new IllegalArgumentException("No staged intervention level " + level);
    };
  }

  /**
   * How serious a substance use pattern is, for the "more serious use never lowers the level"
   * property. Use that is stable in treatment ranks above occasional use: it is treatment for
   * misuse, which in pregnancy calls for Level 4 (Cambridgeshire offer, Level 4), while occasional
   * use is not misuse.
   */
  static int seriousness(String pattern) {
    return switch (pattern) {
      case "none" -> 0;
      case "occasional" -> 1;
      case "stable-treatment" -> 2;
      case "problematic" -> 3;
      case "chaotic" -> 4;
      default -> throw new IllegalArgumentException("Unknown substance use pattern " + pattern);
    };
  }

  static DmnDecisionResult evaluate(AssessmentInputs family) {
    return DecisionTables.evaluate(DECISION_KEY, family.variables());
  }

  /** Evaluates the family and insists on exactly one matching rule. */
  static Proposal propose(AssessmentInputs family) {
    return PROPOSALS.computeIfAbsent(family, StagedInterventionLevelEvaluator::proposeUncached);
  }

  private static Proposal proposeUncached(AssessmentInputs family) {
    DmnDecisionResult result = evaluate(family);
    if (result.size() != 1) {
      throw new AssertionError(
          "Expected exactly one result for " + family + " but got " + result.getResultList());
    }
    DmnDecisionResultEntries entries = result.getSingleResult();
    Object level = entries.getEntry("level");
    if (!(level instanceof Number)) {
      throw new AssertionError("level is not a number for " + family + ": " + level);
    }
    return new Proposal(
        ((Number) level).intValue(),
        (String) entries.getEntry("levelName"),
        (String) entries.getEntry("reason"),
        Boolean.TRUE.equals(entries.getEntry("immediateRisk")));
  }

  static int level(AssessmentInputs family) {
    return propose(family).level();
  }
}
