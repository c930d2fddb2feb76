package org.carepath.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;

/**
 * Every model opens in Camunda Modeler as a diagram a designer can read: each BPMN file parses
 * against the schema and draws every step and every flow (no element left without a place on the
 * canvas); each DMN file parses.
 */
class ModelerOpensEveryModelTest {

  @Test
  void everyStepAndFlowOfEveryProcessHasItsPlaceInTheDiagram() throws IOException {
    for (Path file : files("bpmn", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Set<String> drawn =
          Stream.concat(
                  model.getModelElementsByType(BpmnShape.class).stream()
                      .map(BpmnShape::getBpmnElement),
                  model.getModelElementsByType(BpmnEdge.class).stream()
                      .map(BpmnEdge::getBpmnElement))
              .filter(element -> element != null)
              .map(BaseElement::getId)
              .collect(Collectors.toSet());
      List<String> undrawn =
          model.getModelElementsByType(FlowElement.class).stream()
              .filter(element -> !(element instanceof DataObject))
              .map(FlowElement::getId)
              .filter(id -> !drawn.contains(id))
              .toList();
      assertThat(undrawn).as("%s: elements without a place in the diagram", file).isEmpty();
    }
  }

  @Test
  void everyDecisionTableParses() throws IOException {
    for (Path file : files("dmn", ".dmn")) {
      assertThat(Dmn.readModelFromFile(file.toFile()).getDefinitions()).as("%s", file).isNotNull();
    }
  }

  private static List<Path> files(String folder, String extension) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      return paths.filter(path -> path.toString().endsWith(extension)).sorted().toList();
    }
  }
}
