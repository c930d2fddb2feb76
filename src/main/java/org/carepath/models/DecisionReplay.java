package org.carepath.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.carepath.pathway.SourceTitles;

/**
 * Replays past decisions through two versions of a table, the live one and a candidate, in a
 * standalone DMN engine (nothing is recorded, no case changes), and counts what would differ. A
 * decision's answer is its first output: for a table that answers once (the level), that value; for
 * one that collects (routing), the distinct values, sorted. The same inputs are evaluated once.
 */
final class DecisionReplay {

  static final String NO_RESULT = "no result";

  /** A decision as the engine or our record holds it: the inputs it was given, and whose it was. */
  record PastDecision(long caseId, String agency, String pathway, Map<String, Object> inputs) {}

  /** One table's answer to one set of inputs. */
  record Answer(String value, String everything, List<String> rules) {}

  record Cell(String from, String to, int decisions) {}

  record Group(String id, String name, int replayed, int changed) {}

  /** How often a rule decided, before and after; only rules whose count moves are listed. */
  record RuleCount(String rule, String annotation, int before, int after) {}

  /** What replaying found. {@code changed} counts decisions whose answer differs. */
  record Figures(
      String output,
      int replayed,
      int changed,
      int otherOutputsChanged,
      List<String> values,
      List<Cell> matrix,
      List<Group> byAgency,
      List<Group> byPathway,
      List<RuleCount> rules,
      Map<Cell, List<Long>> casesByCell) {}

  private static final ThreadLocal<List<String>> MATCHED = new ThreadLocal<>();

  private final DmnEngine engine;

  DecisionReplay() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionTableEvaluationListener matched =
        (DmnDecisionTableEvaluationEvent event) -> {
          List<String> rules = MATCHED.get();
          if (rules != null) {
            event.getMatchingRules().stream()
                .map(DmnEvaluatedDecisionRule::getId)
                .forEach(rules::add);
          }
        };
    configuration.customPostDecisionTableEvaluationListeners(List.of(matched));
    configuration.feelEngineFactory(CompiledFeelEngine.factory());
    this.engine = configuration.buildEngine();
  }

  /** A table ready to replay: the parsed decision, its first output, and its rules' notes. */
  final class Table {
    final DmnDecision decision;
    final String output;
    final Map<String, String> annotations = new LinkedHashMap<>();
    private final Map<Object, Answer> answered = new java.util.concurrent.ConcurrentHashMap<>();

    /** The variables the table's inputs read, when each is a plain name; else null. */
    private final List<String> reads;

    Table(String key, byte[] dmn) {
      DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
      this.decision = engine.parseDecision(key, model);
      Decision element = model.getModelElementById(key);
      DecisionTable table = element.getChildElementsByType(DecisionTable.class).iterator().next();
      Output first = table.getOutputs().iterator().next();
      List<String> names = new ArrayList<>();
      for (var input : table.getInputs()) {
        String text = input.getInputExpression().getText().getTextContent().strip();
        names.add(text.matches("[A-Za-z_][A-Za-z0-9_]*") ? text : null);
      }
      this.reads = names.contains(null) ? null : List.copyOf(names);
      this.output = first.getName();
      for (Rule rule : table.getRules()) {
        // Designers read the sources by title, as practitioners do.
        annotations.put(
            rule.getId(),
            rule.getDescription() == null
                ? ""
                : SourceTitles.forPractitioners(rule.getDescription().getTextContent().trim()));
      }
    }

    /**
     * The same inputs are evaluated once. The key is the values the table reads, in order: a map's
     * own hash (a sum over entries of mostly yes/no values) collides too often to be a key.
     */
    Answer answer(Map<String, Object> inputs) {
      Object key;
      if (reads != null) {
        List<Object> values = new ArrayList<>(reads.size());
        reads.forEach(name -> values.add(inputs.get(name)));
        key = values;
      } else {
        key = new TreeMap<>(inputs).toString();
      }
      return answered.computeIfAbsent(key, k -> evaluate(inputs));
    }

    private Answer evaluate(Map<String, Object> inputs) {
      List<String> rules = new ArrayList<>();
      MATCHED.set(rules);
      try {
        DmnDecisionResult result = engine.evaluateDecision(decision, new HashMap<>(inputs));
        TreeSet<String> values = new TreeSet<>();
        List<String> everything = new ArrayList<>();
        for (DmnDecisionResultEntries row : result) {
          Object value = row.getEntryMap().get(output);
          if (value != null) {
            values.add(value.toString());
          }
          everything.add(new TreeMap<>(row.getEntryMap()).toString());
        }
        String value = values.isEmpty() ? NO_RESULT : String.join(", ", values);
        return new Answer(value, String.join("; ", everything), List.copyOf(rules));
      } catch (RuntimeException cannotEvaluate) {
        // Inputs the table cannot take (a type it does not expect) decide nothing.
        return new Answer(NO_RESULT, "", List.of());
      } finally {
        MATCHED.remove();
      }
    }
  }

  Table table(String key, byte[] dmn) {
    return new Table(key, dmn);
  }

  /** Replays each past decision through both tables. */
  Figures replay(Table live, Table candidate, List<PastDecision> past, Map<String, String> names) {
    // Both cores evaluate; counting follows in order.
    List<Answer[]> answers =
        past.parallelStream()
            .map(
                decision ->
                    new Answer[] {
                      live.answer(decision.inputs()), candidate.answer(decision.inputs())
                    })
            .toList();
    int replayed = 0;
    int changed = 0;
    int otherChanged = 0;
    Map<Cell, Integer> cells = new HashMap<>();
    Map<Cell, List<Long>> cases = new HashMap<>();
    Map<String, int[]> agencies = new TreeMap<>();
    Map<String, int[]> pathways = new TreeMap<>();
    Map<String, int[]> rules = new LinkedHashMap<>();
    for (int i = 0; i < past.size(); i++) {
      PastDecision decision = past.get(i);
      Answer before = answers.get(i)[0];
      Answer after = answers.get(i)[1];
      boolean differs = !before.value().equals(after.value());
      replayed++;
      if (differs) {
        changed++;
      } else if (!before.everything().equals(after.everything())) {
        otherChanged++;
      }
      Cell cell = new Cell(before.value(), after.value(), 0);
      cells.merge(cell, 1, Integer::sum);
      cases.computeIfAbsent(cell, c -> new ArrayList<>()).add(decision.caseId());
      count(agencies, decision.agency(), differs);
      count(pathways, decision.pathway(), differs);
      before.rules().forEach(rule -> rules.computeIfAbsent(rule, r -> new int[2])[0]++);
      after.rules().forEach(rule -> rules.computeIfAbsent(rule, r -> new int[2])[1]++);
    }
    TreeSet<String> values = new TreeSet<>(DecisionReplay::byValue);
    cells.keySet().forEach(cell -> values.addAll(List.of(cell.from(), cell.to())));
    List<Cell> matrix =
        cells.entrySet().stream()
            .map(e -> new Cell(e.getKey().from(), e.getKey().to(), e.getValue()))
            .sorted(
                Comparator.comparing(Cell::from, DecisionReplay::byValue)
                    .thenComparing(Cell::to, DecisionReplay::byValue))
            .toList();
    List<RuleCount> moved =
        rules.entrySet().stream()
            .filter(e -> e.getValue()[0] != e.getValue()[1])
            .map(
                e ->
                    new RuleCount(
                        e.getKey(),
                        Objects.requireNonNullElse(
                            candidate.annotations.get(e.getKey()),
                            live.annotations.getOrDefault(e.getKey(), "")),
                        e.getValue()[0],
                        e.getValue()[1]))
            .toList();
    Map<Cell, List<Long>> casesByCell =
        cases.entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> new Cell(e.getKey().from(), e.getKey().to(), 0),
                    e -> e.getValue().stream().distinct().toList()));
    return new Figures(
        candidate.output,
        replayed,
        changed,
        otherChanged,
        List.copyOf(values),
        matrix,
        groups(agencies, names),
        groups(pathways, names),
        moved,
        casesByCell);
  }

  private static void count(Map<String, int[]> groups, String id, boolean changed) {
    int[] counts = groups.computeIfAbsent(id == null ? "" : id, g -> new int[2]);
    counts[0]++;
    if (changed) {
      counts[1]++;
    }
  }

  private static List<Group> groups(Map<String, int[]> groups, Map<String, String> names) {
    return groups.entrySet().stream()
        .map(
            e ->
                new Group(
                    e.getKey(),
                    names.getOrDefault(e.getKey(), e.getKey()),
                    e.getValue()[0],
                    e.getValue()[1]))
        .toList();
  }

  /** Levels and other numbers in numeric order, "no result" last. */
  private static int byValue(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.equals(NO_RESULT) || b.equals(NO_RESULT)) {
      return a.equals(NO_RESULT) ? 1 : -1;
    }
    try {
      return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
    } catch (NumberFormatException notNumbers) {
      return a.compareTo(b);
    }
  }
}
