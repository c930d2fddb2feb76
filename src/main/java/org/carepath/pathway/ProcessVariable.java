package org.carepath.pathway;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A typed process variable: the one place its name and type are stated. Delegates, services and
 * tests read and write through it, never with a bare string and a cast.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public String name() {
    return name;
  }

  /** The value, or empty when the variable is absent or null. */
  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(convert(scope.getVariable(name)));
  }

  /** The value; a missing value is a modelling fault, so it fails loudly with the name. */
  public T from(VariableScope scope) {
    return find(scope)
        .orElseThrow(() -> new IllegalStateException("Process variable '" + name + "' is not set"));
  }

  public T from(Map<String, ?> variables) {
    return convert(variables.get(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /** Adds this variable to a map used to start or complete with. */
  public Map<String, Object> putIn(Map<String, Object> variables, T value) {
    variables.put(name, value);
    return variables;
  }

  private T convert(Object value) {
    if (value == null) {
      return null;
    }
    // Forms and REST clients send whole numbers as Long or Integer; the models use Integer.
    if (type == Integer.class && value instanceof Number number) {
      return type.cast(number.intValue());
    }
    // Select fields of Camunda Forms submit their values as text.
    if (type == Integer.class && value instanceof String text && text.matches("-?\\d{1,9}")) {
      return type.cast(Integer.valueOf(text));
    }
    if (!type.isInstance(value)) {
      throw new InvalidFormException(
          "The value of '%s' should be %s but is %s"
              .formatted(name, type.getSimpleName(), value.getClass().getSimpleName()));
    }
    return type.cast(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessVariable<?> that
        && name.equals(that.name)
        && type.equals(that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type);
  }

  @Override
  public String toString() {
    return name + ":" + type.getSimpleName();
  }
}
