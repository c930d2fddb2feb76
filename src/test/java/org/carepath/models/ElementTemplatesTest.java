package org.carepath.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Camunda Modeler's templates for carepath's delegates and listeners: one for each used in the
 * models, each naming a bean that exists and the variables it reads and writes.
 */
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of("bpmn/.camunda/element-templates/carepath.json");
  static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)\\}\"");

  private final JsonNode templates = read();

  @Test
  void everyDelegateAndListenerTheModelsUseHasATemplate() throws IOException {
    Set<String> used = new HashSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher delegate = DELEGATE.matcher(Files.readString(model));
        while (delegate.find()) {
          used.add(delegate.group(1));
        }
      }
    }
    // Camunda 7 templates cannot bind a task listener; README lists the two the models use.
    used.removeAll(Set.of("prefillAssessment", "recordTwinTrackStep"));

    assertThat(byBean().keySet()).containsAll(used);
  }

  @Test
  void eachTemplateNamesABeanThatExistsAndSaysWhatItReadsAndWrites() {
    Set<String> beans = new HashSet<>();
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    for (var candidate : scanner.findCandidateComponents("org.carepath")) {
      var annotation =
          candidate
                  instanceof org.springframework.beans.factory.annotation.AnnotatedBeanDefinition a
              ? a.getMetadata().getAnnotationAttributes(Component.class.getName())
              : null;
      if (annotation != null && !"".equals(annotation.get("value"))) {
        beans.add((String) annotation.get("value"));
      }
    }
    byBean()
        .forEach(
            (bean, template) -> {
              assertThat(beans).as("a bean for template %s", bean).contains(bean);
              assertThat(template.path("id").asText()).isEqualTo("org.carepath." + bean);
              assertThat(template.path("description").asText())
                  .as(bean)
                  .contains("Reads: ")
                  .contains("Writes: ")
                  .doesNotContainPattern("00[0-4]_[0-9a-f]{16}");
            });
  }

  private Map<String, JsonNode> byBean() {
    Map<String, JsonNode> byBean = new HashMap<>();
    for (JsonNode template : templates) {
      String value = template.path("properties").get(0).path("value").asText();
      byBean.put(value.substring(2, value.length() - 1), template);
    }
    return byBean;
  }

  private static JsonNode read() {
    try {
      return new ObjectMapper().readTree(TEMPLATES.toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
