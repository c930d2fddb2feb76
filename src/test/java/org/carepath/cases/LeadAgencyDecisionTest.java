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
      boolean immediateRiskOfHarm,
      boolean tier4RehabNeeded,
      String expectedLeadAgency,
      String seed) {
    Map<String, Object> result =
        decide(
            new Input(
                level,
                leadAgency,
                pregnant,
                youngestChildAgeYears,
                schoolAgeChild,
                immediateRiskOfHarm,
                tier4RehabNeeded));

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
  void levelFourForAnImmediateRiskOfHarmIsLedByChildrensSocialCare() {
    everyInput(
        (input, result) -> {
          if (input.level() == 4 && input.immediateRisk()) {
            assertThat(result.get("leadAgency")).as("%s", input).isEqualTo("children-social-care");
          }
        });
  }

  /**
   * Level 4 in pregnancy is intensive support, not a child protection case (Cambridgeshire offer:
   * "Midwives, health visitors" first among its roles): without an immediate risk of harm the
   * midwife leads, unless children's social care already does.
   */
  @Test
  void levelFourInPregnancyWithoutImmediateRiskIsLedByTheMidwife() {
    everyInput(
        (input, result) -> {
          if (input.level() == 4
              && input.pregnant()
              && !input.immediateRisk()
              && !input.leadAgency().equals("children-social-care")) {
            assertThat(result.get("leadAgency")).as("%s", input).isEqualTo("midwifery");
          }
          if (input.level() == 4
              && !input.pregnant()
              && input.tier4()
              && !input.immediateRisk()
              && !input.leadAgency().equals("children-social-care")
              && !(List.of("midwifery", "health-visiting").contains(input.leadAgency())
                  && input.youngest() != null
                  && input.youngest() < 5)) {
            assertThat(result.get("leadAgency")).as("%s", input).isEqualTo("drug-alcohol-service");
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
      assertThat(decide(new Input(3, lead, true, 0, false, false, false)).get("leadAgency"))
          .isEqualTo("midwifery");
      assertThat(decide(new Input(3, lead, false, 3, true, false, false)).get("leadAgency"))
          .isEqualTo("health-visiting");
      assertThat(decide(new Input(3, lead, false, 8, true, false, false)).get("leadAgency"))
          .isEqualTo("school");
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
      int level,
      String leadAgency,
      boolean pregnant,
      Integer youngest,
      boolean schoolAge,
      boolean immediateRisk,
      boolean tier4) {}

  private static void everyInput(BiConsumer<Input, Map<String, Object>> check) {
    for (int level = 1; level <= 4; level++) {
      for (String lead : Agencies.ALL) {
        for (boolean pregnant : List.of(false, true)) {
          for (Integer age : AGES) {
            for (boolean risk : List.of(false, true)) {
              for (boolean tier4 : List.of(false, true)) {
                boolean schoolAge = age != null && age >= 5 && age <= 16;
                Input input = new Input(level, lead, pregnant, age, schoolAge, risk, tier4);
                check.accept(input, decide(input));
              }
            }
          }
        }
      }
    }
  }

  private static Map<String, Object> decide(Input input) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("level", input.level());
    variables.put("leadAgency", input.leadAgency());
    variables.put("pregnant", input.pregnant());
    variables.put("youngestChildAgeYears", input.youngest());
    variables.put("schoolAgeChild", input.schoolAge());
    variables.put("immediateRiskOfHarm", input.immediateRisk());
    variables.put("tier4RehabNeeded", input.tier4());
    DmnDecisionResult result = DecisionTables.evaluate(DECISION_KEY, variables);
    assertThat(result).as("one result for %s", variables).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }
}
