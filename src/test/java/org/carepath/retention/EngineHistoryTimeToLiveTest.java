package org.carepath.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carepath.pathway.RetentionCheck;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;

/**
 * The engine's history is cleaned by its time-to-live; carepath's record is kept by
 * retention-periods. The engine's history must never outlive the shortest retention period (so no
 * copy of a family's data stays after its record is destroyed), and every process and decision has
 * a time-to-live (so none is kept for ever).
 */
class EngineHistoryTimeToLiveTest {

  private static final Pattern TTL = Pattern.compile("historyTimeToLive=\"(\\d+)\"");

  @Test
  void everyModelsHistoryIsCleanedBeforeTheShortestRetentionPeriodEnds() throws IOException {
    int shortestYears = Integer.MAX_VALUE;
    for (String recordClass :
        List.of(
            "childrens-social-care",
            "looked-after-child",
            "health-child",
            "maternity",
            "health-adult",
            "early-help",
            "access-log")) {
      var rule =
          DecisionTables.evaluate(
                  RetentionCheck.PERIODS_DECISION,
                  new java.util.HashMap<>(java.util.Map.of("recordClass", recordClass)))
              .getFirstResult();
      Object years = rule.getEntry("yearsAfterClosure");
      if (years instanceof Number n) {
        shortestYears = Math.min(shortestYears, n.intValue());
      }
    }
    List<String> problems = new ArrayList<>();
    try (Stream<Path> models =
        Stream.concat(Files.list(Path.of("bpmn")), Files.list(Path.of("dmn")))) {
      for (Path model : models.filter(Files::isRegularFile).toList()) {
        String xml = Files.readString(model);
        Matcher ttl = TTL.matcher(xml);
        int processes = countOf(xml, "<bpmn:process ") + countOf(xml, "<decision ");
        int found = 0;
        while (ttl.find()) {
          found++;
          if (Integer.parseInt(ttl.group(1)) >= shortestYears * 365) {
            problems.add(model + " keeps history for " + ttl.group(1) + " days");
          }
        }
        if (found < processes) {
          problems.add(model + " has a process or decision without historyTimeToLive");
        }
      }
    }
    assertThat(shortestYears).isLessThan(Integer.MAX_VALUE);
    assertThat(problems).isEmpty();
  }

  private static int countOf(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
