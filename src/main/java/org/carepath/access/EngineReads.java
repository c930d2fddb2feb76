package org.carepath.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads of families through the engine's REST API and the webapps, which carepath does not answer
 * itself: what a request shows, judged from its path, and which process instances, tasks and
 * business keys it names, in its path, parameters, body and answer.
 */
final class EngineReads {

  /** The ids a request named; each set may be empty. */
  record Named(Set<String> processInstances, Set<String> tasks, Set<String> businessKeys) {

    Named() {
      this(
          new java.util.LinkedHashSet<>(),
          new java.util.LinkedHashSet<>(),
          new java.util.LinkedHashSet<>());
    }

    boolean isEmpty() {
      return processInstances.isEmpty() && tasks.isEmpty() && businessKeys.isEmpty();
    }
  }

  /** Engine resources whose answers hold a family's data, by their first path segment. */
  private static final Set<String> RESOURCES =
      Set.of(
          "task",
          "filter",
          "process-instance",
          "history",
          "variable-instance",
          "execution",
          "incident");

  private static final Set<String> NOT_A_READ =
      Set.of(
          "count",
          "complete",
          "submit-form",
          "claim",
          "unclaim",
          "assignee",
          "delegate",
          "resolve",
          "modification",
          "suspended",
          "delete",
          "cleanup",
          "report",
          "statistics");

  private static final int MAX_IDS = 2000;

  private EngineReads() {}

  /** The resource path below the engine's name: {@code task/42/variables}, as segments. */
  static List<String> segments(String path) {
    String rest;
    if (path.startsWith("/engine-rest/")) {
      rest = path.substring("/engine-rest/".length());
      if (rest.startsWith("engine/")) {
        rest = after(rest, 2);
      }
    } else if (path.startsWith(Surfaces.WEBAPP_ENGINE)) {
      rest = after(path.substring(Surfaces.WEBAPP_ENGINE.length()), 1);
    } else if (path.startsWith("/camunda/api/cockpit/plugin/")
        || path.startsWith("/camunda/api/tasklist/plugin/")) {
      // .../plugin/{plugin}/{engine}/{resource}...
      rest = after(path.substring(path.indexOf("/plugin/") + "/plugin/".length()), 2);
    } else {
      rest = "";
    }
    return Arrays.stream(rest.split("/")).filter(segment -> !segment.isEmpty()).toList();
  }

  private static String after(String path, int segments) {
    String rest = path;
    for (int i = 0; i < segments; i++) {
      int slash = rest.indexOf('/');
      rest = slash < 0 ? "" : rest.substring(slash + 1);
    }
    return rest;
  }

  /**
   * What the request shows of a family, or null when it shows none or changes something (writes are
   * on our record already). POST counts only where the engine takes a query in the body.
   */
  static String what(String method, List<String> segments) {
    if (segments.isEmpty() || !RESOURCES.contains(segments.get(0))) {
      return null;
    }
    if (segments.stream().anyMatch(NOT_A_READ::contains)) {
      return null;
    }
    String resource = segments.get(0);
    String last = segments.get(segments.size() - 1);
    boolean get = "GET".equals(method);
    boolean query =
        "POST".equals(method)
            && (segments.size() == 1
                || last.equals("list")
                || last.equals("singleResult")
                || resource.equals("history") && segments.size() == 2);
    if (!get && !query) {
      return null;
    }
    return switch (resource) {
      case "task" -> {
        if (segments.size() == 1) {
          yield WhatWasSeen.TASK_LIST;
        }
        String part = segments.size() > 2 ? segments.get(2) : "";
        yield switch (part) {
          case "variables", "form-variables", "localVariables" -> WhatWasSeen.TASK_ANSWERS;
          case "form", "rendered-form", "deployed-form" -> WhatWasSeen.TASK_FORM;
          default -> WhatWasSeen.TASK;
        };
      }
      case "filter" -> segments.size() >= 3 ? WhatWasSeen.TASK_LIST : null;
      case "process-instance" -> {
        if (segments.size() == 1) {
          yield WhatWasSeen.CASE_LIST;
        }
        yield segments.size() > 2 && segments.get(2).equals("variables")
            ? WhatWasSeen.CASE_VALUES
            : WhatWasSeen.PATHWAY_PROGRESS;
      }
      case "variable-instance" -> WhatWasSeen.CASE_VALUES;
      case "history" -> WhatWasSeen.CASE_HISTORY;
      default -> WhatWasSeen.PATHWAY_PROGRESS;
    };
  }

  /** Ids in the path, parameters, query body and answer of a read. */
  static Named named(
      List<String> segments,
      Map<String, String[]> parameters,
      byte[] requestBody,
      byte[] answer,
      ObjectMapper json) {
    Named named = new Named();
    String resource = segments.isEmpty() ? "" : segments.get(0);
    if (segments.size() >= 2) {
      switch (resource) {
        case "task" -> named.tasks().add(segments.get(1));
        case "process-instance", "execution" -> named.processInstances().add(segments.get(1));
        case "history" -> {
          if (segments.size() >= 3 && segments.get(1).equals("process-instance")) {
            named.processInstances().add(segments.get(2));
          } else if (segments.size() >= 3 && segments.get(1).equals("task")) {
            named.tasks().add(segments.get(2));
          }
        }
        default -> {}
      }
    }
    parameters.forEach((name, values) -> Arrays.stream(values).forEach(v -> add(named, name, v)));
    boolean instancesById =
        resource.equals("process-instance")
            || resource.equals("history")
                && segments.size() >= 2
                && segments.get(1).equals("process-instance");
    scan(requestBody, json, named, false);
    scan(answer, json, named, instancesById);
    return named;
  }

  private static void scan(byte[] body, ObjectMapper json, Named named, boolean instancesById) {
    if (body == null || body.length == 0 || body[0] != '{' && body[0] != '[') {
      return;
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException notJson) {
      return;
    }
    if (instancesById) {
      // A list of process instances (or one) names them by "id".
      if (root.isArray()) {
        root.forEach(item -> text(item.get("id"), named.processInstances()));
      } else {
        text(root.get("id"), named.processInstances());
      }
    }
    walk(root, named);
  }

  private static void walk(JsonNode node, Named named) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        if (value.isTextual()) {
          add(named, field.getKey(), value.asText());
        } else if (value.isArray() && field.getKey().endsWith("In")) {
          value.forEach(item -> add(named, field.getKey(), item.asText()));
        } else {
          walk(value, named);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> walk(item, named));
    }
  }

  private static void add(Named named, String name, String value) {
    if (value == null || value.isBlank() || size(named) >= MAX_IDS) {
      return;
    }
    switch (name) {
      case "processInstanceId", "rootProcessInstanceId", "superProcessInstanceId" ->
          named.processInstances().add(value);
      case "processInstanceIdIn", "processInstanceIds" ->
          Arrays.stream(value.split(","))
              .map(String::trim)
              .filter(id -> !id.isEmpty())
              .forEach(named.processInstances()::add);
      case "taskId", "taskIdIn" -> named.tasks().add(value);
      case "businessKey", "processInstanceBusinessKey" -> named.businessKeys().add(value);
      default -> {}
    }
  }

  private static void text(JsonNode node, Set<String> into) {
    if (node != null && node.isTextual()) {
      into.add(node.asText());
    }
  }

  private static int size(Named named) {
    return named.processInstances().size() + named.tasks().size() + named.businessKeys().size();
  }
}
