package org.carepath.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.carepath.pathway.Agencies;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Table-driven tests of {@code dmn/lead-agency.dmn}: the seed cases in {@code lead-agency.csv} and
 * its rules over every input (levels, current leads, pregnancy, ages, school age).
 */
class LeadAgencyDecisionTest {

  private static final String DECISION_KEY = "lead-agency";

  private static final List<Integer> AGES = Arrays.asList(null, 0, 4, 5, 9, 16, 17);

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/lead-agency.csv", numLinesToSkip = 1)
  void seedCaseGetsTheExpectedLead(
      String name,
      int level,
      String leadAgency,
      boolean pregnant,
      Integer youngestChildAgeYears,
      boolean schoolAgeChild,
      String expectedLeadAgency,
      String seed) {
    Map<String, Object> result =
        decide(level, leadAgency, pregnant, youngestChildAgeYears, schoolAgeChild);

    assertThat(seed).as("every case cites its seed").isNotBlank();
    assertThat(result.get("leadAgency")).as("%s: %s", name, result).isEqualTo(expectedLeadAgency);
    assertThat((String) result.get("reason")).isNotBlank();
  }

  @Test
  void everyInputGetsOneKnownAgencyAndAReason() {
    everyInput(
        (input, result) -> {
          assertThat(Agencies.isAgency((String) result.get("leadAgency"))).as("%s", input).isTrue();
          assertThat((String) result.get("reason")).as("%s", input).hasSizeGreaterThan(30);
        });
  }

  @Test
  void levelFourIsAlwaysLedByChildrensSocialCare() {
    everyInput(
        (input, result) -> {
          if (input.level() == 4) {
            assertThat(result.get("leadAgency")).as("%s", input).isEqualTo("children-social-care");
          }
        });
  }

  @Test
  void childrensSocialCareKeepsTheLeadAtLevelThreeAndNothingBelowFourMovesToIt() {
    everyInput(
        (input, result) -> {
          if (input.level() == 3 && input.leadAgency().equals("children-social-care")) {
            assertThat(result.get("leadAgency")).as("%s", input).isEqualTo("children-social-care");
          }
          if (input.level() <= 3 && !input.leadAgency().equals("children-social-care")) {
            assertThat(result.get("leadAgency"))
                .as("only Level 4 brings in children's social care: %s", input)
                .isNotEqualTo("children-social-care");
          }
        });
  }

  @Test
  void atLevelThreeTheBestPlacedUniversalServiceLeads() {
    for (String lead : List.of("drug-alcohol-service", "gp", "police", "domestic-abuse")) {
      assertThat(decide(3, lead, true, 0, false).get("leadAgency")).isEqualTo("midwifery");
      assertThat(decide(3, lead, false, 3, true).get("leadAgency")).isEqualTo("health-visiting");
      assertThat(decide(3, lead, false, 8, true).get("leadAgency")).isEqualTo("school");
    }
  }

  @Test
  void anExistingLeadStaysAtLevelsOneAndTwoUnlessChildrensSocialCareStepsBack() {
    everyInput(
        (input, result) -> {
          if (input.level() <= 2 && !input.leadAgency().equals("children-social-care")) {
            assertThat(result.get("leadAgency")).as("%s", input).isEqualTo(input.leadAgency());
          }
          if (input.level() <= 2 && input.leadAgency().equals("children-social-care")) {
            assertThat(result.get("leadAgency")).as("%s", input).isNotEqualTo(input.leadAgency());
          }
        });
  }

  record Input(
      int level, String leadAgency, boolean pregnant, Integer youngest, boolean schoolAge) {}

  private static void everyInput(BiConsumer<Input, Map<String, Object>> check) {
    for (int level = 1; level <= 4; level++) {
      for (String lead : Agencies.ALL) {
        for (boolean pregnant : List.of(false, true)) {
          for (Integer age : AGES) {
            boolean schoolAge = age != null && age >= 5 && age <= 16;
            Input input = new Input(level, lead, pregnant, age, schoolAge);
            check.accept(input, decide(level, lead, pregnant, age, schoolAge));
          }
        }
      }
    }
  }

  private static Map<String, Object> decide(
      int level, String leadAgency, boolean pregnant, Integer youngest, boolean schoolAge) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("level", level);
    variables.put("leadAgency", leadAgency);
    variables.put("pregnant", pregnant);
    variables.put("youngestChildAgeYears", youngest);
    variables.put("schoolAgeChild", schoolAge);
    DmnDecisionResult result = DecisionTables.evaluate(DECISION_KEY, variables);
    assertThat(result).as("one result for %s", variables).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }
}
