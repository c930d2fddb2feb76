package org.carepath.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/** Every task the routing table can produce opens a form in forms/ that records its outcome. */
class RoutedTaskFormsTest {

  @Test
  void everyRoutedTaskKeyHasAFormThatRecordsWhatWasDone() throws IOException {
    DmnModelInstance dmn = Dmn.readModelFromFile(Path.of("dmn/agency-task-routing.dmn").toFile());
    DecisionTable table = dmn.getModelElementsByType(DecisionTable.class).iterator().next();
    int taskColumn = table.getOutputs().stream().map(Output::getName).toList().indexOf("task");
    Set<String> keys = new TreeSet<>();
    for (Rule rule : table.getRules()) {
      String entry =
          rule.getOutputEntries().stream().toList().get(taskColumn).getTextContent().trim();
      keys.add(entry.replace("\"", ""));
    }
    assertThat(keys).hasSizeGreaterThanOrEqualTo(10);

    ObjectMapper json = new ObjectMapper();
    for (String key : keys) {
      Path form = Path.of("forms", key + ".form");
      assertThat(form).as("form for routed task %s", key).exists();
      JsonNode definition = json.readTree(form.toFile());
      assertThat(definition.path("id").asText()).isEqualTo(key);
      Set<String> fields = new TreeSet<>();
      StreamSupport.stream(definition.path("components").spliterator(), false)
          .map(component -> component.path("key").asText())
          .forEach(fields::add);
      assertThat(fields).as("fields of %s", key).contains("taskOutcome", "taskNotes");
    }
  }
}
