package org.carepath.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.carepath.models.DecisionReplay.PastDecision;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;

/**
 * The replay answers as the engine does (its FEEL with each unary test parsed once), counts what
 * changes, and names the rules that decide more or less often.
 */
class DecisionReplayTest {

  static final String LEVEL = "staged-intervention-level";
  static final String[] PATTERNS = {
    "none", "occasional", "stable-treatment", "problematic", "chaotic"
  };

  private final DecisionReplay replay = new DecisionReplay();

  @Test
  void theReplayAnswersWhatTheEngineAnswersForAnyInputs() throws IOException {
    DecisionReplay.Table table = replay.table(LEVEL, Files.readAllBytes(file()));
    for (Map<String, Object> inputs : randomInputs(250, 7)) {
      List<String> engine = new ArrayList<>();
      for (DmnDecisionResultEntries row : DecisionTables.evaluate(LEVEL, inputs)) {
        engine.add(new TreeMap<>(row.getEntryMap()).toString());
      }
      assertThat(table.answer(inputs).everything())
          .as("%s", inputs)
          .isEqualTo(String.join("; ", engine));
    }
  }

  /** Every shipped table, with inputs drawn from the values its own cells name (and none). */
  @Test
  void everyTableAnswersAsTheEngineDoesForValuesItsCellsName() throws IOException {
    Random random = new Random(5);
    try (var files = Files.list(DecisionTables.DMN_FOLDER)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList()) {
        var model = org.camunda.bpm.model.dmn.Dmn.readModelFromFile(file.toFile());
        for (var decision :
            model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class)) {
          DecisionReplay.Table table = replay.table(decision.getId(), Files.readAllBytes(file));
          Map<String, List<Object>> candidates = candidates(model);
          for (int i = 0; i < 60; i++) {
            Map<String, Object> inputs = new HashMap<>();
            candidates.forEach(
                (name, values) -> inputs.put(name, values.get(random.nextInt(values.size()))));
            List<String> engine = new ArrayList<>();
            for (DmnDecisionResultEntries row : DecisionTables.evaluate(decision.getId(), inputs)) {
              engine.add(new TreeMap<>(row.getEntryMap()).toString());
            }
            assertThat(table.answer(inputs).everything())
                .as("%s %s", decision.getId(), inputs)
                .isEqualTo(String.join("; ", engine));
          }
        }
      }
    }
  }

  /** For each input: the texts and numbers its cells name, a number either side, yes, no, none. */
  private static Map<String, List<Object>> candidates(
      org.camunda.bpm.model.dmn.DmnModelInstance model) {
    Map<String, List<Object>> candidates = new HashMap<>();
    for (var input : model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Input.class)) {
      String name = input.getInputExpression().getText().getTextContent().strip();
      String type = input.getInputExpression().getTypeRef();
      List<Object> values = new ArrayList<>();
      values.add(null);
      var table = (org.camunda.bpm.model.dmn.instance.DecisionTable) input.getParentElement();
      int column = new ArrayList<>(table.getInputs()).indexOf(input);
      for (var rule : table.getRules()) {
        String cell = new ArrayList<>(rule.getInputEntries()).get(column).getTextContent();
        java.util.regex.Matcher texts =
            java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(cell);
        while (texts.find()) {
          values.add(texts.group(1));
        }
        java.util.regex.Matcher numbers =
            java.util.regex.Pattern.compile("(?<![\\w\"])(\\d+)(?![\\w\"])").matcher(cell);
        while (numbers.find() && !"string".equals(type)) {
          int n = Integer.parseInt(numbers.group(1));
          values.addAll(List.of(n - 1, n, n + 1));
        }
      }
      if ("boolean".equals(type)) {
        values.addAll(List.of(true, false));
      }
      candidates.put(name, values);
    }
    return candidates;
  }

  @Test
  void anUnchangedTableChangesNothingAndAnAllFourTableChangesEveryDecisionNotAtFour()
      throws IOException {
    byte[] shipped = Files.readAllBytes(file());
    String allFour =
        Files.readString(file())
            .replaceAll("(<outputEntry id=\"[^\"]*-out-1\">\\s*<text>)[^<]*(</text>)", "$14$2");
    List<PastDecision> past = new ArrayList<>();
    int atFour = 0;
    for (Map<String, Object> inputs : randomInputs(100, 11)) {
      past.add(new PastDecision(past.size(), "health-visiting", "family-pathway", inputs));
      Object level = DecisionTables.evaluate(LEVEL, inputs).getFirstResult().getEntry("level");
      atFour += ((Number) level).intValue() == 4 ? 1 : 0;
    }

    DecisionReplay.Figures same =
        replay.replay(replay.table(LEVEL, shipped), replay.table(LEVEL, shipped), past, Map.of());
    DecisionReplay.Figures four =
        replay.replay(
            replay.table(LEVEL, shipped),
            replay.table(LEVEL, allFour.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            past,
            Map.of("health-visiting", "Health visiting"));

    assertThat(same.replayed()).isEqualTo(100);
    assertThat(same.changed()).isZero();
    assertThat(same.rules()).isEmpty();
    assertThat(four.changed()).isEqualTo(100 - atFour);
    assertThat(four.byAgency())
        .containsExactly(
            new DecisionReplay.Group("health-visiting", "Health visiting", 100, 100 - atFour));
    assertThat(four.matrix()).allSatisfy(cell -> assertThat(cell.to()).isEqualTo("4"));
  }

  static Path file() {
    return DecisionTables.file(LEVEL);
  }

  /** Inputs spread as a caseload might be: most flags off, any pattern, age and count. */
  static List<Map<String, Object>> randomInputs(int count, long seed) {
    Random random = new Random(seed);
    String[] flags = {
      "pregnant",
      "tier4RehabNeeded",
      "immediateRiskOfHarm",
      "domesticAbuse",
      "parentalMentalHealthConcern",
      "usingInFrontOfChildren",
      "unsafeStorage",
      "injecting",
      "neglectOrAbuse",
      "selfHarm",
      "parentIncapable",
      "childLeftAlone",
      "methadoneLyingAround"
    };
    List<Map<String, Object>> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put("substanceUsePattern", PATTERNS[random.nextInt(PATTERNS.length)]);
      for (String flag : flags) {
        inputs.put(flag, random.nextInt(8) == 0);
      }
      inputs.put("childIndicatorCount", random.nextInt(4));
      inputs.put("contextFactorCount", random.nextInt(3));
      inputs.put("youngestChildAgeYears", random.nextInt(10) == 0 ? null : random.nextInt(18));
      inputs.put("protectiveFactorCount", random.nextInt(3));
      inputs.put("levelInPregnancy", random.nextInt(10) == 0 ? 1 + random.nextInt(4) : null);
      all.add(inputs);
    }
    return all;
  }
}
