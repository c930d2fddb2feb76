package org.carepath.system;

import java.util.List;
import org.carepath.pathway.InvalidFormException;

/** Refuses a form submitted to the pathway, naming every bad field at once. */
public final class FormProblems {

  /** The last refusal on this thread, for the engine API's answer to name the fields. */
  record Refusal(String slug, String what, List<FieldProblem> problems) {}

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
      remember("invalid-form", what, problems);
      throw new InvalidFormException(what + " " + ApiProblem.describe(problems));
    }
  }

  /** Keeps a refusal for the engine API's answer, under its problem type. */
  public static void remember(String slug, String what, List<FieldProblem> problems) {
    LAST.set(new Refusal(slug, what, List.copyOf(problems)));
  }

  private FormProblems() {}
}
