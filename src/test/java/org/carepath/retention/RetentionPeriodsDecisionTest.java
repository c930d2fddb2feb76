package org.carepath.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.carepath.pathway.RetentionCheck;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Table-driven tests of {@code dmn/retention-periods.dmn}: every record class and its source. */
class RetentionPeriodsDecisionTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/retention-periods.csv", numLinesToSkip = 1)
  void eachClassIsKeptForItsPeriod(
      String name,
      String recordClass,
      Integer ageAtClosure,
      Integer years,
      Integer untilAge,
      String source) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("recordClass", recordClass);
    inputs.put("ageAtClosure", ageAtClosure);
    var result = DecisionTables.evaluate(RetentionCheck.PERIODS_DECISION, inputs).getFirstResult();
    assertThat(result).as(name).isNotNull();
    assertThat((Object) result.getEntry("yearsAfterClosure")).as(name).isEqualTo(years);
    assertThat((Object) result.getEntry("untilAge")).as(name).isEqualTo(untilAge);
    String reason = result.getEntry("reason");
    if (!source.equals("judgement")) {
      String named = source.split(" \\[")[0].split(",")[0];
      assertThat(reason).as("%s names its source", name).contains(named);
    }
  }
}
