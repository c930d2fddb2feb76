package org.carepath.models;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The unary tests decision tables are mostly made of — a literal, a comparison with a number, a
 * range, a list of them, {@code not(...)} — answered in Java, with FEEL's three values: yes, no,
 * and no answer (a comparison with a missing value), which a table treats as no. Anything else is
 * left to FEEL. A test compares every answer with the engine's on random inputs.
 */
final class SimpleUnaryTests {

  /** A test of one input value: {@code TRUE}, {@code FALSE} or {@code null} (no answer). */
  interface Test extends Function<Object, Boolean> {}

  private SimpleUnaryTests() {}

  /** The test, or empty when it is not one of the simple forms. */
  static Optional<Test> parse(String expression) {
    String text = expression.strip();
    try {
      if (text.startsWith("not(") && text.endsWith(")")) {
        Test inner = list(text.substring(4, text.length() - 1));
        return inner == null ? Optional.empty() : Optional.of(value -> negate(inner.apply(value)));
      }
      return Optional.ofNullable(list(text));
    } catch (RuntimeException notSimple) {
      return Optional.empty();
    }
  }

  private static Boolean negate(Boolean answer) {
    return answer == null ? null : !answer;
  }

  private static Test list(String text) {
    List<Test> items = new ArrayList<>();
    for (String item : split(text)) {
      Test test = item(item.strip());
      if (test == null) {
        return null;
      }
      items.add(test);
    }
    if (items.isEmpty()) {
      return null;
    }
    return value -> {
      boolean unanswered = false;
      for (Test test : items) {
        Boolean answer = test.apply(value);
        if (Boolean.TRUE.equals(answer)) {
          return true;
        }
        unanswered |= answer == null;
      }
      return unanswered ? null : false;
    };
  }

  private static Test item(String item) {
    if (item.equals("null")) {
      return value -> value == null;
    }
    if (item.equals("true") || item.equals("false")) {
      boolean literal = Boolean.parseBoolean(item);
      return value -> value instanceof Boolean b ? b == literal : value == null ? false : null;
    }
    if (item.length() >= 2 && item.startsWith("\"") && item.endsWith("\"")) {
      String literal = item.substring(1, item.length() - 1);
      if (literal.contains("\"") || literal.contains("\\")) {
        return null;
      }
      return value -> value instanceof String s ? s.equals(literal) : value == null ? false : null;
    }
    for (String operator : List.of("<=", ">=", "<", ">")) {
      if (item.startsWith(operator)) {
        BigDecimal bound = new BigDecimal(item.substring(operator.length()).strip());
        return value -> compare(value, bound, operator);
      }
    }
    if ((item.startsWith("[") || item.startsWith("]"))
        && (item.endsWith("]") || item.endsWith("["))
        && item.contains("..")) {
      String[] bounds = item.substring(1, item.length() - 1).split("\\.\\.");
      BigDecimal low = new BigDecimal(bounds[0].strip());
      BigDecimal high = new BigDecimal(bounds[1].strip());
      String lowOperator = item.startsWith("[") ? ">=" : ">";
      String highOperator = item.endsWith("]") ? "<=" : "<";
      return value -> {
        Boolean above = compare(value, low, lowOperator);
        Boolean below = compare(value, high, highOperator);
        return above == null || below == null ? null : above && below;
      };
    }
    BigDecimal number = new BigDecimal(item);
    return value -> {
      BigDecimal given = number(value);
      if (given == null) {
        return value == null ? false : null;
      }
      return given.compareTo(number) == 0;
    };
  }

  private static Boolean compare(Object value, BigDecimal bound, String operator) {
    BigDecimal given = number(value);
    if (given == null) {
      return null;
    }
    int order = given.compareTo(bound);
    return switch (operator) {
      case "<" -> order < 0;
      case "<=" -> order <= 0;
      case ">" -> order > 0;
      default -> order >= 0;
    };
  }

  private static BigDecimal number(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue());
    }
    return value instanceof BigDecimal decimal ? decimal : null;
  }

  /** The items of a list, split at commas outside string literals. */
  private static List<String> split(String text) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        items.add(item.toString());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    items.add(item.toString());
    return items;
  }
}
