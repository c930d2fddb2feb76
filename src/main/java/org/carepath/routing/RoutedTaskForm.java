package org.carepath.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.carepath.pathway.AgencyTaskProcess;
import org.carepath.pathway.FormValues;
import org.carepath.system.FieldProblem;

/**
 * A routed task's Camunda Form read as the rules its answers must meet, so the form and its
 * validation cannot drift apart: required fields, number ranges, the allowed values of choices, and
 * the form's own {@code conditional.hide} expressions (a hidden field is neither required nor
 * kept). Custom properties a designer can set in Modeler add what form-js cannot say: a date that
 * records something done is {@code notInFuture}; {@code notBefore} / {@code notAfter} another date
 * field; a checklist is a {@code subsetOf} another or needs {@code minItems}.
 */
final class RoutedTaskForm {

  /** Form fields the case record keeps in its own columns rather than as answers. */
  private static final Set<String> OWN_COLUMNS =
      Set.of(AgencyTaskProcess.TASK_OUTCOME.name(), AgencyTaskProcess.TASK_NOTES.name());

  private static final int MAX_TEXT = 4000;

  record Option(String value, String label) {}

  record Field(
      String key,
      String type,
      String label,
      boolean required,
      BigDecimal min,
      BigDecimal max,
      List<Option> options,
      String hide,
      Map<String, String> properties) {

    boolean choice() {
      return List.of("radio", "select", "checklist", "taglist").contains(type);
    }

    boolean list() {
      return List.of("checklist", "taglist").contains(type);
    }

    String optionLabel(String value) {
      return options.stream()
          .filter(option -> option.value().equals(value))
          .map(Option::label)
          .findFirst()
          .orElse(value);
    }
  }

  /** An answer as the case record keeps it: the field, its label as shown, the value in words. */
  record Answer(String field, String label, String value) {}

  /** The problems with what was submitted, or the answers to keep when there are none. */
  record Checked(List<FieldProblem> problems, List<Answer> answers) {}

  private final String key;
  private final List<Field> fields;

  private RoutedTaskForm(String key, List<Field> fields) {
    this.key = key;
    this.fields = fields;
  }

  static RoutedTaskForm of(String key, JsonNode form) {
    List<Field> fields = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      String fieldKey = component.path("key").asText("");
      if (fieldKey.isEmpty()) {
        continue;
      }
      List<Option> options = new ArrayList<>();
      component
          .path("values")
          .forEach(
              value ->
                  options.add(
                      new Option(value.path("value").asText(), value.path("label").asText())));
      Map<String, String> properties = new HashMap<>();
      component
          .path("properties")
          .fields()
          .forEachRemaining(p -> properties.put(p.getKey(), p.getValue().asText()));
      JsonNode validate = component.path("validate");
      fields.add(
          new Field(
              fieldKey,
              component.path("type").asText(),
              component.has("label")
                  ? component.path("label").asText()
                  : component.path("dateLabel").asText(fieldKey),
              validate.path("required").asBoolean(false),
              validate.has("min") ? validate.path("min").decimalValue() : null,
              validate.has("max") ? validate.path("max").decimalValue() : null,
              List.copyOf(options),
              component.path("conditional").path("hide").asText(null),
              Map.copyOf(properties)));
    }
    return new RoutedTaskForm(key, List.copyOf(fields));
  }

  String key() {
    return key;
  }

  List<Field> fields() {
    return fields;
  }

  List<String> fieldKeys() {
    return fields.stream().map(Field::key).toList();
  }

  /**
   * Checks what was submitted (by field key; checklists as lists or JSON text, dates as ISO text),
   * naming every problem at once.
   */
  Checked check(Map<String, Object> submitted, LocalDate today, FeelEngine feel) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field field : fields) {
      try {
        values.put(field.key(), read(field, submitted.get(field.key())));
      } catch (IllegalArgumentException bad) {
        problems.add(new FieldProblem(field.key(), bad.getMessage()));
      }
    }
    List<Answer> answers = new ArrayList<>();
    for (Field field : fields) {
      if (hidden(field, values, feel)) {
        continue;
      }
      Object value = values.get(field.key());
      if (empty(value)) {
        if (field.required()) {
          problems.add(new FieldProblem(field.key(), "is required: " + field.label()));
        }
        continue;
      }
      checkValue(field, value, values, today, problems);
      if (!OWN_COLUMNS.contains(field.key())) {
        answers.add(new Answer(field.key(), field.label(), display(field, value)));
      }
    }
    return new Checked(problems, problems.isEmpty() ? answers : List.of());
  }

  private static Object read(Field field, Object raw) {
    if (raw == null || (raw instanceof String text && text.isBlank())) {
      return null;
    }
    return switch (field.type()) {
      case "checklist", "taglist" -> FormValues.strings(raw);
      case "checkbox" -> {
        if (!(raw instanceof Boolean)) {
          throw new IllegalArgumentException("must be true or false");
        }
        yield raw;
      }
      case "number" -> {
        try {
          yield new BigDecimal(raw.toString().trim());
        } catch (NumberFormatException notANumber) {
          throw new IllegalArgumentException("must be a number: " + raw);
        }
      }
      case "datetime" -> FormValues.date(raw);
      default -> raw.toString().trim();
    };
  }

  private static boolean hidden(Field field, Map<String, Object> values, FeelEngine feel) {
    if (field.hide() == null || field.hide().isBlank()) {
      return false;
    }
    String expression = field.hide().startsWith("=") ? field.hide().substring(1) : field.hide();
    Map<String, Object> context = new HashMap<>();
    values.forEach(
        (name, value) ->
            context.put(name, value instanceof LocalDate date ? date.toString() : value));
    Object hide =
        feel.evaluateSimpleExpression(expression, Variables.fromMap(context).asVariableContext());
    return Boolean.TRUE.equals(hide);
  }

  private static boolean empty(Object value) {
    return value == null
        || (value instanceof List<?> items && items.isEmpty())
        || Boolean.FALSE.equals(value);
  }

  private static void checkValue(
      Field field,
      Object value,
      Map<String, Object> values,
      LocalDate today,
      List<FieldProblem> problems) {
    String name = field.key();
    if (field.choice()) {
      Set<String> allowed = field.options().stream().map(Option::value).collect(Collectors.toSet());
      List<String> chosen = field.list() ? strings(value) : List.of(value.toString());
      List<String> unknown = chosen.stream().filter(item -> !allowed.contains(item)).toList();
      if (!unknown.isEmpty()) {
        problems.add(
            new FieldProblem(
                name,
                "has " + unknown + ", which is not one of " + allowed.stream().sorted().toList()));
      }
    }
    if (value instanceof BigDecimal number) {
      if (field.min() != null && number.compareTo(field.min()) < 0
          || field.max() != null && number.compareTo(field.max()) > 0) {
        problems.add(new FieldProblem(name, "must be from " + field.min() + " to " + field.max()));
      }
    }
    if (value instanceof String text && text.length() > MAX_TEXT) {
      problems.add(new FieldProblem(name, "is longer than " + MAX_TEXT + " characters"));
    }
    if (value instanceof LocalDate date) {
      if ("true".equals(field.properties().get("notInFuture")) && date.isAfter(today)) {
        problems.add(new FieldProblem(name, "is in the future: record what has happened"));
      }
      compareDates(field, date, "notBefore", values, problems);
      compareDates(field, date, "notAfter", values, problems);
    }
    String subsetOf = field.properties().get("subsetOf");
    if (subsetOf != null && value instanceof List<?> items) {
      List<String> outside =
          strings(items).stream()
              .filter(item -> !strings(values.get(subsetOf)).contains(item))
              .toList();
      if (!outside.isEmpty()) {
        problems.add(
            new FieldProblem(name, "has " + outside + ", which " + subsetOf + " does not"));
      }
    }
    String minItems = field.properties().get("minItems");
    if (minItems != null
        && value instanceof List<?> items
        && items.size() < Integer.parseInt(minItems)) {
      problems.add(new FieldProblem(name, "needs at least " + minItems));
    }
  }

  private static void compareDates(
      Field field,
      LocalDate date,
      String rule,
      Map<String, Object> values,
      List<FieldProblem> problems) {
    String other = field.properties().get(rule);
    if (other != null && values.get(other) instanceof LocalDate otherDate) {
      boolean wrong = "notBefore".equals(rule) ? date.isBefore(otherDate) : date.isAfter(otherDate);
      if (wrong) {
        problems.add(
            new FieldProblem(
                field.key(),
                "must be "
                    + ("notBefore".equals(rule) ? "on or after " : "on or before ")
                    + other));
      }
    }
  }

  private static String display(Field field, Object value) {
    if (value instanceof List<?> items) {
      return strings(items).stream().map(field::optionLabel).collect(Collectors.joining("; "));
    }
    if (value instanceof Boolean yes) {
      return yes ? "Yes" : "No";
    }
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return field.choice() ? field.optionLabel(value.toString()) : value.toString();
  }

  private static List<String> strings(Object value) {
    return value instanceof List<?> items
        ? items.stream().map(String::valueOf).toList()
        : List.of();
  }
}
