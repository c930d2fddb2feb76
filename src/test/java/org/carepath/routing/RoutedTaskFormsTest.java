package org.carepath.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.carepath.system.FieldProblem;
import org.carepath.testing.RoutedTaskAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every task the routing table can produce has a form of its own: fields its work needs, outcomes
 * that fit it, and answers checked against the form itself.
 */
class RoutedTaskFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  /**
   * The tasks of both tables (the family's routing and each stage's tasks), and the reminder the
   * pregnancy pathway sends when a pregnancy is past its date.
   */
  static Set<String> routedTaskKeys() {
    Set<String> keys = new TreeSet<>();
    keys.addAll(taskKeys("dmn/agency-task-routing.dmn"));
    keys.addAll(taskKeys("dmn/stage-tasks.dmn"));
    keys.add("pregnancy-past-due");
    return keys;
  }

  private static Set<String> taskKeys(String file) {
    DmnModelInstance dmn = Dmn.readModelFromFile(Path.of(file).toFile());
    DecisionTable table = dmn.getModelElementsByType(DecisionTable.class).iterator().next();
    int taskColumn = table.getOutputs().stream().map(Output::getName).toList().indexOf("task");
    Set<String> keys = new TreeSet<>();
    for (Rule rule : table.getRules()) {
      String entry =
          rule.getOutputEntries().stream().toList().get(taskColumn).getTextContent().trim();
      keys.add(entry.replace("\"", ""));
    }
    return keys;
  }

  static RoutedTaskForm form(String key) {
    try {
      return RoutedTaskForm.of(key, JSON.readTree(Path.of("forms", key + ".form").toFile()));
    } catch (IOException e) {
      throw new AssertionError("no form for routed task " + key, e);
    }
  }

  private static RoutedTaskForm.Checked check(String key, Map<String, Object> answers) {
    return form(key).check(answers, LocalDate.now(), FEEL);
  }

  @Test
  void everyRoutedTaskHasAFormOfItsOwn() {
    Set<String> keys = routedTaskKeys();
    assertThat(keys).hasSize(24);
    Set<Set<String>> fieldSets = new java.util.HashSet<>();
    for (String key : keys) {
      RoutedTaskForm form = form(key);
      assertThat(form.fieldKeys()).as("fields of %s", key).contains("taskOutcome", "taskNotes");
      Set<String> own = new TreeSet<>(form.fieldKeys());
      own.removeAll(Set.of("taskOutcome", "taskNotes", "childSeenAndSpokenTo"));
      assertThat(own).as("fields the work of %s needs", key).hasSizeGreaterThanOrEqualTo(2);
      assertThat(fieldSets.add(own)).as("%s is not a copy of another form", key).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routedTaskKeys")
  void aCompleteAnswerIsAcceptedAndKeptInWords(String key) {
    RoutedTaskForm.Checked checked = check(key, RoutedTaskAnswers.valid(key));

    assertThat(checked.problems()).as("problems of %s", key).isEmpty();
    assertThat(checked.answers())
        .as("answers of %s", key)
        .hasSizeGreaterThanOrEqualTo(2)
        .noneMatch(answer -> answer.field().equals("taskOutcome"))
        .allSatisfy(answer -> assertThat(answer.label()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routedTaskKeys")
  void anEmptyFormNamesItsOutcomeAndNotes(String key) {
    assertThat(check(key, Map.of()).problems())
        .extracting(FieldProblem::field)
        .contains("taskOutcome", "taskNotes");
  }

  @Test
  void aStrategyDiscussionCannotBeDeclinedByTheFamily() {
    assertThat(outcomes("strategy-discussion")).containsExactlyInAnyOrder("held", "not-held");
    Map<String, Object> declined = new HashMap<>(RoutedTaskAnswers.valid("strategy-discussion"));
    declined.put("taskOutcome", "family-declined");

    assertThat(check("strategy-discussion", declined).problems())
        .extracting(FieldProblem::field)
        .containsExactly("taskOutcome");
  }

  @Test
  void noRoutedTaskOffersTheOldOneSizeOutcomes() {
    for (String key : routedTaskKeys()) {
      assertThat(outcomes(key)).as("outcomes of %s", key).doesNotContain("done", "not-possible");
    }
  }

  @Test
  void anOutcomeThatDidNotHappenNeedsNoDetailsOfIt() {
    Map<String, Object> notHeld =
        Map.of("taskOutcome", "not-held", "taskNotes", "Police not available until tomorrow");

    RoutedTaskForm.Checked checked = check("strategy-discussion", notHeld);

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.answers()).isEmpty();
  }

  /**
   * One bad answer at a time, named: the form's own rules and its custom properties ({@code named}
   * is the field the problem is about when that is another one).
   */
  @ParameterizedTest(name = "{0} {1} = {2} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "strategy-discussion | discussionDate | TOMORROW | ",
        "strategy-discussion | agencies | [\"police\"] | ",
        "strategy-discussion | decision | lock-them-up | ",
        "strategy-discussion | discussionDate | 31/02/2026 | ",
        "pre-birth-planning-meeting | noticeGivenDate | TOMORROW | ",
        "pre-birth-planning-meeting | planSharedDate | TOMORROW | ",
        "pre-birth-planning-meeting | planSharedBeforehand | false | ",
        "pre-birth-planning-meeting | parentsViews |  | ",
        "marac-referral | meetingDate | LONG_AGO | ",
        "blood-borne-virus-screening | testsAccepted | [\"hiv\",\"syphilis\"] | ",
        "blood-borne-virus-screening | testsOffered | [\"hiv\"] | testsAccepted",
        "blood-borne-virus-screening | informedConsent | false | ",
        "domestic-abuse-risk-assessment | maracReferralMade | false | ",
        "school-welfare-review | attendancePercent | 140 | ",
        "school-welfare-review | attendancePercent | most days | ",
        "young-carer-assessment | hoursPerWeek | -3 | ",
        "safe-storage-plan | checkedDate | TOMORROW | ",
        "antenatal-substance-review | weeksPregnant | 50 | "
      })
  void aBadAnswerIsRefusedNamingItsField(String key, String field, String value, String named) {
    Map<String, Object> answers = new HashMap<>(RoutedTaskAnswers.valid(key));
    answers.put(field, value(value));

    RoutedTaskForm.Checked checked = check(key, answers);

    assertThat(checked.problems())
        .extracting(FieldProblem::field)
        .contains(named == null ? field : named);
    assertThat(checked.answers()).as("nothing kept from a refused form").isEmpty();
  }

  private static Object value(String text) {
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "TOMORROW" -> LocalDate.now().plusDays(1).toString();
      case "LONG_AGO" -> LocalDate.now().minusYears(1).toString();
      case "true", "false" -> Boolean.valueOf(text);
      default -> text;
    };
  }

  private static List<String> outcomes(String key) {
    return form(key).fields().stream()
        .filter(field -> field.key().equals("taskOutcome"))
        .flatMap(field -> field.options().stream())
        .map(RoutedTaskForm.Option::value)
        .toList();
  }
}
