package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.Test;

/**
 * Two ways of writing a condition that the Scala FEEL engine of 7.24 reads otherwise than a
 * designer means (measured here): "false, null" (or "true, null") also matches the other boolean,
 * and "not(true)" matches nothing. "null, false" says what is meant.
 */
class DecisionEntriesTest {

  @Test
  void noConditionIsWrittenInAWayTheFeelEngineMisreads() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("dmn"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList()) {
        for (InputEntry entry :
            Dmn.readModelFromFile(file.toFile()).getModelElementsByType(InputEntry.class)) {
          String text = entry.getTextContent().trim();
          if (text.matches("(?s).+,\\s*null")
              || text.matches("(?s).*not\\(\\s*(true|false)\\s*\\).*")) {
            problems.add(file.getFileName() + " " + entry.getId() + ": " + text);
          }
        }
      }
    }
    assertThat(problems).as("write 'null, false' instead").isEmpty();
  }
}
