package org.carepath.system;

import java.util.List;
import org.carepath.pathway.InvalidFormException;

/** Refuses a form submitted to the pathway, naming every bad field at once. */
public final class FormProblems {

  /** The last refusal on this thread, for the engine API's answer to name the fields. */
  record Refusal(String what, List<FieldProblem> problems) {}

  private static final ThreadLocal<Refusal> LAST = new ThreadLocal<>();

  /** The refusal of the request now ending on this thread, if any; forgets it. */
  static Refusal takeLast() {
    Refusal last = LAST.get();
    LAST.remove();
    return last;
  }

  /**
   * @param what the step that cannot go on, as a sentence (e.g. "The review cannot be recorded.")
   */
  public static void refuseIfAny(String what, List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      // The engine's REST API turns the exception into a message only; EngineErrorFilter gives
      // the caller the fields as well, so the workspace can show each next to its field.
      LAST.set(new Refusal(what, List.copyOf(problems)));
      throw new InvalidFormException(what + " " + ApiProblem.describe(problems));
    }
  }

  private FormProblems() {}
}
