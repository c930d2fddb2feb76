package org.carepath.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The routed tasks' forms as shipped in {@code forms/}, which the model deployer deploys and
 * Tasklist shows as the latest version, and one FEEL engine to evaluate their conditions as form-js
 * does.
 */
@Component
class RoutedTaskForms {

  private final ObjectMapper json;
  private final Map<String, RoutedTaskForm> forms = new ConcurrentHashMap<>();
  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

  RoutedTaskForms(ObjectMapper json) {
    this.json = json;
  }

  RoutedTaskForm of(String taskKey) {
    return forms.computeIfAbsent(taskKey, this::read);
  }

  FeelEngine feel() {
    return feel;
  }

  private RoutedTaskForm read(String taskKey) {
    try (InputStream in = new ClassPathResource("forms/" + taskKey + ".form").getInputStream()) {
      return RoutedTaskForm.of(taskKey, json.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("No form forms/" + taskKey + ".form for a routed task", e);
    }
  }
}
