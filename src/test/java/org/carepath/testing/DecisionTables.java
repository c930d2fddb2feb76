package org.carepath.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * Evaluates the project's decision tables in tests with one standalone Camunda DMN engine (the
 * default Scala FEEL engine), without starting Spring or the process engine. A decision with id
 * {@code <id>} is read from {@code dmn/<id>.dmn}, relative to the project root (the working
 * directory of Surefire), and parsed once.
 */
public final class DecisionTables {

  /** The folder holding the deployed decision tables, relative to the project root. */
  public static final Path DMN_FOLDER = Path.of("dmn");

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private static final Map<String, DmnDecision> DECISIONS = new ConcurrentHashMap<>();

  private DecisionTables() {}

  /** The file the decision with this id is read from: {@code dmn/<id>.dmn}. */
  public static Path file(String decisionId) {
    return DMN_FOLDER.resolve(decisionId + ".dmn");
  }

  /** The parsed decision, read from {@code dmn/<id>.dmn} on first use. */
  public static DmnDecision decision(String decisionId) {
    return DECISIONS.computeIfAbsent(decisionId, DecisionTables::parse);
  }

  /** Evaluates the decision with these variables; a variable missing from the map is null. */
  /** A table whose one input is the level (intervals by level); level may be null. */
  public static DmnDecisionResult evaluateForLevel(String decisionId, Integer level) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("level", level);
    return evaluate(decisionId, variables);
  }

  public static DmnDecisionResult evaluate(String decisionId, Map<String, Object> variables) {
    return ENGINE.evaluateDecision(decision(decisionId), variables);
  }

  private static DmnDecision parse(String decisionId) {
    Path file = file(decisionId);
    try (InputStream in = Files.newInputStream(file)) {
      return ENGINE.parseDecision(decisionId, in);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read " + file.toAbsolutePath() + " (tests run from the project root)", e);
    }
  }
}
