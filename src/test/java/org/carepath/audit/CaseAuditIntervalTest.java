package org.carepath.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.carepath.pathway.CaseAuditProcess;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Table-driven tests of {@code dmn/case-audit-interval.dmn}: the seed cases, none below Level 3.
 */
class CaseAuditIntervalTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/case-audit-interval.csv", numLinesToSkip = 1)
  void seedCaseGetsItsInterval(String name, int level, int expectedDays, String seed) {
    DmnDecisionResult result = decide(level);

    assertThat(seed).as("every case cites its seed").isNotBlank();
    assertThat(((Number) result.getSingleResult().getEntry("days")).intValue())
        .as(name)
        .isEqualTo(expectedDays);
    assertThat((String) result.getSingleResult().getEntry("reason")).contains("practice toolkit");
  }

  @Test
  void noAuditBelowLevelThreeOrWithoutALevel() {
    for (Integer level : java.util.Arrays.asList(null, 1, 2)) {
      assertThat(decide(level).isEmpty()).as("level %s", level).isTrue();
    }
  }

  @Test
  void aCaseAtLevelFourIsAuditedAtLeastAsOftenAsAtLevelThree() {
    assertThat(((Number) decide(4).getSingleResult().getEntry("days")).intValue())
        .isLessThan(((Number) decide(3).getSingleResult().getEntry("days")).intValue());
  }

  private static DmnDecisionResult decide(Integer level) {
    return DecisionTables.evaluateForLevel(CaseAuditProcess.INTERVAL_DECISION, level);
  }
}
