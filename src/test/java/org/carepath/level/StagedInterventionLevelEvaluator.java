package org.carepath.level;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.carepath.testing.DecisionTables;

/**
 * Evaluates {@code dmn/staged-intervention-level.dmn} through {@link DecisionTables}, so the
 * example-based and the property-based tests share one piece of code.
 */
final class StagedInterventionLevelEvaluator {

  static final String DECISION_KEY = "staged-intervention-level";

  static final List<String> PATTERNS =
      List.of("none", "occasional", "stable-treatment", "problematic", "chaotic");

  static final int MAX_CHILD_INDICATORS = 16;
  static final int MAX_CHILD_AGE = 17;
  static final int MAX_PROTECTIVE_FACTORS = 6;

  /**
   * The decision is deterministic and each evaluation costs a few milliseconds (the Scala FEEL
   * engine parses every entry on every call), so proposals are remembered per family.
   */
  private static final Map<Family, Proposal> PROPOSALS = new ConcurrentHashMap<>();

  private StagedInterventionLevelEvaluator() {}

  /** The boolean inputs of the decision; each one, when true, can only add risk. */
  enum RiskFlag {
    PREGNANT("pregnant"),
    TIER4_REHAB_NEEDED("tier4RehabNeeded"),
    IMMEDIATE_RISK_OF_HARM("immediateRiskOfHarm"),
    DOMESTIC_ABUSE("domesticAbuse"),
    PARENTAL_MENTAL_HEALTH_CONCERN("parentalMentalHealthConcern"),
    USING_IN_FRONT_OF_CHILDREN("usingInFrontOfChildren"),
    UNSAFE_STORAGE("unsafeStorage"),
    INJECTING("injecting");

    final String variable;

    RiskFlag(String variable) {
      this.variable = variable;
    }
  }

  /** One family as the decision sees it. */
  record Family(
      String substanceUsePattern,
      Set<RiskFlag> flags,
      int childIndicatorCount,
      int youngestChildAgeYears,
      int protectiveFactorCount) {

    Family {
      flags =
          Collections.unmodifiableSet(
              flags.isEmpty() ? EnumSet.noneOf(RiskFlag.class) : EnumSet.copyOf(flags));
    }

    /** A family with the given pattern, no risk flags, no child indicators. */
    static Family using(String substanceUsePattern) {
      return new Family(substanceUsePattern, Set.of(), 0, MAX_CHILD_AGE, MAX_PROTECTIVE_FACTORS);
    }

    Family with(RiskFlag... added) {
      Set<RiskFlag> next = EnumSet.noneOf(RiskFlag.class);
      next.addAll(flags);
      next.addAll(List.of(added));
      return new Family(
          substanceUsePattern,
          next,
          childIndicatorCount,
          youngestChildAgeYears,
          protectiveFactorCount);
    }

    Family without(RiskFlag removed) {
      Set<RiskFlag> next = EnumSet.noneOf(RiskFlag.class);
      next.addAll(flags);
      next.remove(removed);
      return new Family(
          substanceUsePattern,
          next,
          childIndicatorCount,
          youngestChildAgeYears,
          protectiveFactorCount);
    }

    Family withFlags(Set<RiskFlag> replaced) {
      return new Family(
          substanceUsePattern,
          replaced,
          childIndicatorCount,
          youngestChildAgeYears,
          protectiveFactorCount);
    }

    Family withPattern(String pattern) {
      return new Family(
          pattern, flags, childIndicatorCount, youngestChildAgeYears, protectiveFactorCount);
    }

    Family withChildIndicators(int count) {
      return new Family(
          substanceUsePattern, flags, count, youngestChildAgeYears, protectiveFactorCount);
    }

    Family withYoungestChildAge(int years) {
      return new Family(
          substanceUsePattern, flags, childIndicatorCount, years, protectiveFactorCount);
    }

    Family withProtectiveFactors(int count) {
      return new Family(
          substanceUsePattern, flags, childIndicatorCount, youngestChildAgeYears, count);
    }

    Map<String, Object> variables() {
      Map<String, Object> variables = new HashMap<>();
      variables.put("substanceUsePattern", substanceUsePattern);
      for (RiskFlag flag : RiskFlag.values()) {
        variables.put(flag.variable, flags.contains(flag));
      }
      variables.put("childIndicatorCount", childIndicatorCount);
      variables.put("youngestChildAgeYears", youngestChildAgeYears);
      variables.put("protectiveFactorCount", protectiveFactorCount);
      return variables;
    }
  }

  /** The level the decision proposes, with its plain-words reason. */
  record Proposal(int level, String levelName, String reason) {}

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
   * property. Occasional use and use that is stable in treatment are ranked alike: the seeds treat
   * both as substance use that does not by itself put a child at risk.
   */
  static int seriousness(String pattern) {
    return switch (pattern) {
      case "none" -> 0;
      case "occasional", "stable-treatment" -> 1;
      case "problematic" -> 2;
      case "chaotic" -> 3;
      default -> throw new IllegalArgumentException("Unknown substance use pattern " + pattern);
    };
  }

  static DmnDecisionResult evaluate(Family family) {
    return DecisionTables.evaluate(DECISION_KEY, family.variables());
  }

  /** Evaluates the family and insists on exactly one matching rule. */
  static Proposal propose(Family family) {
    return PROPOSALS.computeIfAbsent(family, StagedInterventionLevelEvaluator::proposeUncached);
  }

  private static Proposal proposeUncached(Family family) {
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
        (String) entries.getEntry("reason"));
  }

  static int level(Family family) {
    return propose(family).level();
  }
}
