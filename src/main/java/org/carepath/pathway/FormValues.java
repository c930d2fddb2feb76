package org.carepath.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Reads the values Camunda Forms submit: checklists and tag lists arrive as JSON arrays (a Spin
 * JSON variable, or its text), dates as ISO strings.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The items of a checklist or tag list; a plain string is read as a comma-separated list. */
  public static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> items) {
      return items.stream()
          .map(String::valueOf)
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      try {
        List<String> items = new ArrayList<>();
        for (JsonNode item : JSON.readTree(text)) {
          items.add(item.asText().trim());
        }
        return items.stream().filter(s -> !s.isEmpty()).toList();
      } catch (java.io.IOException notJson) {
        throw new IllegalArgumentException("is not a list: " + text);
      }
    }
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** An ISO date (form-js date pickers submit {@code 2024-01-31}); empty stays null. */
  public static LocalDate date(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("is not a date (yyyy-mm-dd): " + text);
    }
  }

  private FormValues() {}
}
