package org.carepath.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models as shipped in the jar, and what the pathway's code names in them: the reference a
 * deployment is checked against. A designer may change a model freely, but not take away an element
 * id or message the code names, an output the code reads, an input the pathway provides a value
 * for, or a field a form requires.
 */
@Component
class ShippedModels {

  /** What a shipped process has that the code names. */
  record ProcessContract(Set<String> elementIds, Set<String> messages) {}

  /** What a shipped decision reads and answers. */
  record DecisionContract(Set<String> inputs, Set<String> outputs) {}

  private final ObjectMapper json;
  private volatile Map<String, ProcessContract> processes;
  private volatile Map<String, DecisionContract> decisions;
  private volatile Map<String, Set<String>> requiredFields;

  ShippedModels(ObjectMapper json) {
    this.json = json;
  }

  Map<String, ProcessContract> processes() {
    load();
    return processes;
  }

  Map<String, DecisionContract> decisions() {
    load();
    return decisions;
  }

  /** Form id → the keys of its required fields. */
  Map<String, Set<String>> requiredFields() {
    load();
    return requiredFields;
  }

  private synchronized void load() {
    if (processes != null) {
      return;
    }
    Set<String> named = namedByTheCode();
    Map<String, ProcessContract> p = new HashMap<>();
    Map<String, DecisionContract> d = new HashMap<>();
    Map<String, Set<String>> f = new HashMap<>();
    for (Resource resource : resources("classpath*:bpmn/*.bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes(resource)));
      Set<String> ids = new LinkedHashSet<>();
      model.getModelElementsByType(BaseElement.class).stream()
          .map(BaseElement::getId)
          .filter(named::contains)
          .forEach(ids::add);
      Set<String> messages = new LinkedHashSet<>();
      model.getModelElementsByType(Message.class).stream()
          .map(Message::getName)
          .filter(named::contains)
          .forEach(messages::add);
      for (Process process : model.getModelElementsByType(Process.class)) {
        p.put(process.getId(), new ProcessContract(Set.copyOf(ids), Set.copyOf(messages)));
      }
    }
    for (Resource resource : resources("classpath*:dmn/*.dmn")) {
      DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes(resource)));
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        d.put(decision.getId(), contract(decision));
      }
    }
    for (Resource resource : resources("classpath*:forms/*.form")) {
      try {
        JsonNode form = json.readTree(bytes(resource));
        f.put(form.path("id").asText(), requiredKeys(form));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    decisions = Map.copyOf(d);
    requiredFields = Map.copyOf(f);
    processes = Map.copyOf(p);
  }

  static DecisionContract contract(Decision decision) {
    Set<String> inputs = new LinkedHashSet<>();
    Set<String> outputs = new LinkedHashSet<>();
    for (DecisionTable table : decision.getChildElementsByType(DecisionTable.class)) {
      for (Input input : table.getInputs()) {
        inputs.add(input.getInputExpression().getText().getTextContent().trim());
      }
      for (Output output : table.getOutputs()) {
        outputs.add(output.getName());
      }
    }
    return new DecisionContract(inputs, outputs);
  }

  static Set<String> requiredKeys(JsonNode form) {
    Set<String> keys = new LinkedHashSet<>();
    collect(form.path("components"), keys);
    return keys;
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.has("key") && component.path("validate").path("required").asBoolean(false)) {
        keys.add(component.path("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }

  /**
   * Every element id and message name the descriptors of {@code org.carepath.pathway} name (the
   * constants of their {@code Elements} classes, and their messages).
   */
  private static Set<String> namedByTheCode() {
    Set<String> named = new LinkedHashSet<>();
    for (Resource resource : resources("classpath*:org/carepath/pathway/*.class")) {
      String file = resource.getFilename();
      if (file == null) {
        continue;
      }
      String className =
          "org.carepath.pathway." + file.substring(0, file.length() - ".class".length());
      try {
        Class<?> type = Class.forName(className, false, ShippedModels.class.getClassLoader());
        boolean elements = type.getSimpleName().equals("Elements");
        for (Field field : type.getDeclaredFields()) {
          boolean constant =
              Modifier.isStatic(field.getModifiers())
                  && Modifier.isFinal(field.getModifiers())
                  && field.getType() == String.class;
          if (constant && (elements || field.getName().endsWith("MESSAGE"))) {
            field.setAccessible(true);
            named.add((String) field.get(null));
          }
        }
      } catch (ReflectiveOperationException | LinkageError skipped) {
        // Not a descriptor.
      }
    }
    return named;
  }

  private static Resource[] resources(String pattern) {
    try {
      return new PathMatchingResourcePatternResolver().getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
