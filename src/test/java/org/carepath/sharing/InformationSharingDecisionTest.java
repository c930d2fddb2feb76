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
      boolean expectedShared,
      String expectedBasis,
      String seed) {
    Map<String, Object> decision = decide(consent, level, immediateRiskOfHarm);

    assertThat(seed).as("every case cites its seed").isNotBlank();
    assertThat(decision.get("shared")).as("%s: %s", name, decision).isEqualTo(expectedShared);
    assertThat(decision.get("basis")).as(name).isEqualTo(expectedBasis);
  }

  @Test
  void withoutConsentOnlyLevelsThreeAndFourOrImmediateRiskAreShared() {
    for (String consent : Arrays.asList("given", "declined", "not-sought", null)) {
      for (Integer level : Arrays.asList(null, 1, 2, 3, 4)) {
        for (boolean risk : List.of(false, true)) {
          Map<String, Object> decision = decide(consent, level, risk);
          boolean expected = "given".equals(consent) || risk || (level != null && level >= 3);
          assertThat(decision.get("shared"))
              .as("%s at level %s, risk %s", consent, level, risk)
              .isEqualTo(expected);
          assertThat((String) decision.get("reason")).hasSizeGreaterThan(60);
          if (!expected) {
            assertThat(decision.get("basis"))
                .isEqualTo("declined".equals(consent) ? "consent-declined" : "consent-not-sought");
          }
        }
      }
    }
  }

  private static Map<String, Object> decide(String consent, Integer level, boolean risk) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("consent", consent);
    variables.put("level", level);
    variables.put("immediateRiskOfHarm", risk);
    DmnDecisionResult result = DecisionTables.evaluate("information-sharing", variables);
    assertThat(result).as("one result for %s", variables).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }
}
