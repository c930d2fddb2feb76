package org.carepath.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Table-driven tests of {@code dmn/information-sharing.dmn}: the seed cases in {@code
 * information-sharing.csv} and the rule of the Cambridgeshire offer over every input.
 */
class InformationSharingDecisionTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/information-sharing.csv", numLinesToSkip = 1)
  void seedCaseIsSharedOrNotOnTheExpectedBasis(
      String name,
      String consent,
      Integer level,
      boolean immediateRiskOfHarm,
      boolean significantHarm,
      boolean expectedShared,
      String expectedBasis,
      String seed) {
    Map<String, Object> decision = decide(consent, level, immediateRiskOfHarm, significantHarm);

    assertThat(seed).as("every case cites its seed").isNotBlank();
    assertThat(decision.get("shared")).as("%s: %s", name, decision).isEqualTo(expectedShared);
    assertThat(decision.get("basis")).as(name).isEqualTo(expectedBasis);
  }

  /**
   * Without consent, information goes only on an immediate risk of harm, a recorded judgement of
   * significant harm, or one of the three exceptions to asking first; never on the level alone
   * (Cambridgeshire offer: Level 3 is work to avoid significant harm).
   */
  @Test
  void withoutConsentOnlyImmediateRiskSignificantHarmOrAnExceptionToAskingIsShared() {
    List<String> exceptions = List.of("risk-to-child", "criminal-investigation", "staff-safety");
    for (String consent :
        Arrays.asList(
            "given",
            "declined",
            "not-sought",
            "risk-to-child",
            "not-sought-risk-to-child",
            "criminal-investigation",
            "staff-safety",
            null)) {
      for (Integer level : Arrays.asList(null, 1, 2, 3, 4)) {
        for (boolean risk : List.of(false, true)) {
          for (boolean harm : List.of(false, true)) {
            Map<String, Object> decision = decide(consent, level, risk, harm);
            boolean exception =
                consent != null
                    && (exceptions.contains(consent) || consent.equals("not-sought-risk-to-child"));
            boolean expected = "given".equals(consent) || risk || harm || exception;
            assertThat(decision.get("shared"))
                .as("%s at level %s, risk %s, harm %s", consent, level, risk, harm)
                .isEqualTo(expected);
            assertThat((String) decision.get("reason")).hasSizeGreaterThan(60);
            if (!expected) {
              assertThat(decision.get("basis"))
                  .isEqualTo(
                      "declined".equals(consent) ? "consent-declined" : "consent-not-sought");
            }
          }
        }
      }
    }
  }

  private static Map<String, Object> decide(
      String consent, Integer level, boolean risk, boolean significantHarm) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("consent", consent);
    variables.put("level", level);
    variables.put("immediateRiskOfHarm", risk);
    variables.put("significantHarm", significantHarm);
    DmnDecisionResult result = DecisionTables.evaluate("information-sharing", variables);
    assertThat(result).as("one result for %s", variables).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }
}
