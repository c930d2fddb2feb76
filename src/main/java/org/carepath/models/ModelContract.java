package org.carepath.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.carepath.pathway.DueDates;
import org.carepath.system.FieldProblem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contract every deployment keeps with the pathway's code: element ids and messages the code
 * names stay; decisions keep their outputs and read only inputs the pathway provides; every rule
 * has an annotation; every user task has an owner, a due date and a form that exists; a form keeps
 * its required fields. Each problem names the file, the element and the rule broken.
 */
@Component
class ModelContract implements ModelCheck {

  private final ShippedModels shipped;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final DmnEngine dmn =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  ModelContract(ShippedModels shipped, JdbcClient jdbc, ObjectMapper json) {
    this.shipped = shipped;
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public List<FieldProblem> check(Map<String, byte[]> files) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Set<String>> formsDeploying = new HashMap<>();
    files.forEach(
        (name, content) -> {
          if (name.endsWith(".form")) {
            form(name, content, problems, formsDeploying);
          }
        });
    DmnDecision dueDates = dueDates(files);
    files.forEach(
        (name, content) -> {
          if (name.endsWith(".bpmn")) {
            process(name, content, problems, formsDeploying.keySet(), dueDates);
          } else if (name.endsWith(".dmn")) {
            decision(name, content, problems);
          }
        });
    return problems;
  }

  private void process(
      String file,
      byte[] content,
      List<FieldProblem> problems,
      Set<String> formsDeploying,
      DmnDecision dueDates) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException unreadable) {
      return; // The engine's own parser names what is wrong with the XML.
    }
    Set<String> ids =
        model.getModelElementsByType(BaseElement.class).stream()
            .map(BaseElement::getId)
            .collect(Collectors.toSet());
    Set<String> messages =
        model.getModelElementsByType(Message.class).stream()
            .map(Message::getName)
            .collect(Collectors.toSet());
    for (Process process : model.getModelElementsByType(Process.class)) {
      ShippedModels.ProcessContract contract = shipped.processes().get(process.getId());
      if (contract == null) {
        continue;
      }
      for (String id : contract.elementIds()) {
        if (!ids.contains(id)) {
          problems.add(
              new FieldProblem(
                  file + " " + id,
                  "is missing: the pathway's code names this element of process '"
                      + process.getId()
                      + "', so keep its id"));
        }
      }
      for (String message : contract.messages()) {
        if (!messages.contains(message)) {
          problems.add(
              new FieldProblem(
                  file + " message " + message,
                  "is missing: the pathway's code sends this message to process '"
                      + process.getId()
                      + "'"));
        }
      }
    }
    Set<String> knownForms = new HashSet<>(formsDeploying);
    knownForms.addAll(shipped.requiredFields().keySet());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String where = file + " " + task.getId();
      if (blank(task.getCamundaCandidateGroups())
          && blank(task.getCamundaAssignee())
          && blank(task.getCamundaCandidateUsers())) {
        problems.add(
            new FieldProblem(where, "has no owner: give it candidate groups (the agency ids)"));
      }
      if (blank(task.getCamundaDueDate())
          && !hasOwnDueDate(dueDates, processOf(task), task.getId())) {
        problems.add(
            new FieldProblem(
                where,
                "has no due date: set one on the task, or add a row for it to DMN "
                    + DueDates.DECISION));
      }
      String form = task.getCamundaFormRef();
      if (!blank(form)
          && !form.contains("${")
          && !knownForms.contains(form)
          && !deployedForms().contains(form)) {
        problems.add(
            new FieldProblem(
                where,
                "uses the form '"
                    + form
                    + "', which is not deployed: add forms/"
                    + form
                    + ".form"));
      }
    }
  }

  private void decision(String file, byte[] content, List<FieldProblem> problems) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException unreadable) {
      return;
    }
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      ShippedModels.DecisionContract candidate = ShippedModels.contract(decision);
      ShippedModels.DecisionContract contract = shipped.decisions().get(decision.getId());
      if (contract != null) {
        for (String output : contract.outputs()) {
          if (!candidate.outputs().contains(output)) {
            problems.add(
                new FieldProblem(
                    file + " output " + output,
                    "is missing: the pathway reads this output of decision '"
                        + decision.getId()
                        + "', so keep its name"));
          }
        }
        for (String input : candidate.inputs()) {
          if (!contract.inputs().contains(input)) {
            problems.add(
                new FieldProblem(
                    file + " input " + input,
                    "is not a value the pathway gives decision '"
                        + decision.getId()
                        + "': use one of "
                        + contract.inputs()));
          }
        }
      }
      for (Rule rule : decision.getModelInstance().getModelElementsByType(Rule.class)) {
        if (rule.getDescription() == null || rule.getDescription().getTextContent().isBlank()) {
          problems.add(
              new FieldProblem(
                  file + " " + rule.getId(),
                  "has no annotation: say which source passage it follows, or that it is a"
                      + " judgement"));
        }
      }
    }
  }

  private void form(
      String file, byte[] content, List<FieldProblem> problems, Map<String, Set<String>> forms) {
    JsonNode form;
    try {
      form = json.readTree(content);
    } catch (IOException unreadable) {
      problems.add(new FieldProblem(file, "is not a form (not JSON)"));
      return;
    }
    String id = form.path("id").asText();
    Set<String> keys = ShippedModels.requiredKeys(form);
    forms.put(id, keys);
    Set<String> allKeys = new HashSet<>();
    collectKeys(form.path("components"), allKeys);
    for (String required : shipped.requiredFields().getOrDefault(id, Set.of())) {
      if (!allKeys.contains(required)) {
        problems.add(
            new FieldProblem(
                file + " " + required,
                "is missing: the pathway reads this field of form '" + id + "', so keep its key"));
      }
    }
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.has("key")) {
        keys.add(component.path("key").asText());
      }
      collectKeys(component.path("components"), keys);
    }
  }

  private boolean hasOwnDueDate(DmnDecision dueDates, String process, String task) {
    for (Integer level : Arrays.asList(null, 1, 2, 3, 4)) {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put("processKey", process);
      inputs.put("taskKey", task);
      inputs.put("level", level);
      DmnDecisionResultEntries row = dmn.evaluateDecision(dueDates, inputs).getFirstResult();
      Object reason = row == null ? null : row.getEntry("reason");
      if (reason == null || reason.toString().startsWith(DueDates.NO_ROW_OF_ITS_OWN)) {
        return false;
      }
    }
    return true;
  }

  /** The due-date table being deployed, else the one shipped. */
  private DmnDecision dueDates(Map<String, byte[]> files) {
    // Modeler deploys a file under its bare name; the jar under dmn/.
    byte[] table =
        files.entrySet().stream()
            .filter(file -> file.getKey().endsWith(DueDates.DECISION + ".dmn"))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(null);
    if (table == null) {
      try (InputStream in =
          new ClassPathResource("dmn/" + DueDates.DECISION + ".dmn").getInputStream()) {
        table = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      return dmn.parseDecision(DueDates.DECISION, new ByteArrayInputStream(table));
    } catch (RuntimeException broken) {
      try (InputStream in =
          new ClassPathResource("dmn/" + DueDates.DECISION + ".dmn").getInputStream()) {
        return dmn.parseDecision(DueDates.DECISION, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Form keys the engine already holds (an earlier deployment of a designer's form). */
  private Set<String> deployedForms() {
    return new HashSet<>(
        jdbc.sql("select distinct key_ from act_re_camformdef").query(String.class).list());
  }

  private static String processOf(UserTask task) {
    ModelElementInstance parent = task.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return parent == null ? null : ((Process) parent).getId();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
