package org.carepath.chronology;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.carepath.cases.Cases;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.FormValues;
import org.carepath.system.UserTaskObserver;
import org.springframework.stereotype.Component;

/**
 * The forms that see the children (the assessment and every review) record who was seen and spoken
 * to, as the case page does: the practice toolkit asks "Has the child been seen and spoken to?" at
 * every step. The form offers the case's children by name and, on completion, each child ticked is
 * on the chronology, seen that day, with the words given.
 */
@Component
class ChildrenSeenInForms implements UserTaskObserver {

  /** The case's children as the form's options ({@code valuesKey}). */
  static final String OPTIONS = "caseChildren";

  static final String CHILDREN = "childrenSeenHere";
  static final String ALONE = "childrenSeenAlone";
  static final String VIEWS = "childrenSeenViews";

  private static final Set<String> FORMS_THAT_SEE_CHILDREN =
      Set.of(FamilyPathway.Elements.ASSESS_FAMILY, FamilyPathway.Elements.REVIEW_CASE);

  private record Option(String label, String value) {}

  private final Cases cases;
  private final ChildrenSeen childrenSeen;
  private final com.fasterxml.jackson.databind.ObjectMapper json;

  ChildrenSeenInForms(
      Cases cases, ChildrenSeen childrenSeen, com.fasterxml.jackson.databind.ObjectMapper json) {
    this.cases = cases;
    this.childrenSeen = childrenSeen;
    this.json = json;
  }

  @Override
  public void created(DelegateTask task) {
    if (!seesChildren(task)) {
      return;
    }
    String reference = FamilyPathway.CASE_REFERENCE.from(task.getExecution());
    List<Option> options =
        cases.find(reference).map(found -> cases.children(found.id())).orElse(List.of()).stream()
            .map(child -> new Option(child.name(), child.name()))
            .toList();
    try {
      task.setVariableLocal(
          OPTIONS, SpinValues.jsonValue(json.writeValueAsString(options)).create());
    } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  @Override
  public void assigned(DelegateTask task) {}

  @Override
  public void updated(DelegateTask task) {}

  @Override
  public void ended(DelegateTask task) {
    if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) || !seesChildren(task)) {
      return;
    }
    List<String> names = FormValues.strings(task.getVariable(CHILDREN));
    Object alone = task.getVariable(ALONE);
    Object views = task.getVariable(VIEWS);
    // Answered once: the next review starts from a clean form.
    task.getExecution().removeVariables(List.of(CHILDREN, ALONE, VIEWS));
    if (names.isEmpty()) {
      return;
    }
    childrenSeen.recordFromForm(
        FamilyPathway.CASE_REFERENCE.from(task.getExecution()),
        names,
        Boolean.TRUE.equals(alone),
        views == null ? null : views.toString());
  }

  private static boolean seesChildren(DelegateTask task) {
    return FORMS_THAT_SEE_CHILDREN.contains(task.getTaskDefinitionKey())
        && FamilyPathway.KEY.equals(processKey(task));
  }

  private static String processKey(DelegateTask task) {
    String definitionId = task.getProcessDefinitionId();
    return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
  }
}
