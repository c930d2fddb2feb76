package org.carepath.system;

import java.util.List;
import org.carepath.pathway.InvalidFormException;

/** Refuses a form submitted to the pathway, naming every bad field at once. */
public final class FormProblems {

  /**
   * @param what the step that cannot go on, as a sentence (e.g. "The review cannot be recorded.")
   */
  public static void refuseIfAny(String what, List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidFormException(what + " " + ApiProblem.describe(problems));
    }
  }

  private FormProblems() {}
}
