package org.carepath.system;

import java.util.List;
import java.util.Optional;
import org.carepath.pathway.ProcessVariable;

/** Free text from a form: trimmed, and required with a plain reason when missing. */
public final class FormText {

  public static final int MAX = 4000;

  public static String of(Optional<String> value) {
    return value.map(String::trim).orElse("");
  }

  public static void require(
      List<FieldProblem> problems, ProcessVariable<String> field, String value, String what) {
    if (value.isEmpty()) {
      problems.add(new FieldProblem(field.name(), "is required: " + what));
    } else if (value.length() > MAX) {
      problems.add(new FieldProblem(field.name(), "must be at most " + MAX + " characters"));
    }
  }

  private FormText() {}
}
