package org.carepath.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.HandoffProcess;
import org.carepath.routing.RoutedTasks;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * Records, for each agency involved, what it continues to deliver and what stops, and what was
 * shared with whom on which basis. Every agency with open work for the family, and the sender, must
 * be covered (seed 002: "everyone understands what services and other professionals will continue
 * to offer and deliver").
 */
@Component("recordHandoffPlan")
class RecordHandoffPlanDelegate implements JavaDelegate {

  /** "not-sought-risk-to-child" is the earlier name of "risk-to-child", still accepted. */
  static final Set<String> BASES =
      Set.of(
          "given",
          "declined",
          "risk-to-child",
          "criminal-investigation",
          "staff-safety",
          "not-sought-risk-to-child");

  private final Cases cases;
  private final RoutedTasks routedTasks;
  private final HandoffRepository handoffs;
  private final ObjectMapper json;

  RecordHandoffPlanDelegate(
      Cases cases, RoutedTasks routedTasks, HandoffRepository handoffs, ObjectMapper json) {
    this.cases = cases;
    this.routedTasks = routedTasks;
    this.handoffs = handoffs;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(HandoffProcess.CASE_REFERENCE.from(execution));
    List<FieldProblem> problems = new ArrayList<>();
    List<Handoff.AgencyPlan> plans =
        plans(execution.getVariable(HandoffProcess.AGENCY_PLANS), problems);

    Set<String> mustCover = new LinkedHashSet<>();
    mustCover.add(HandoffProcess.FROM_AGENCY.from(execution));
    mustCover.addAll(routedTasks.agenciesWithOpenTasks(familyCase.id()));
    plans.forEach(plan -> mustCover.remove(plan.agency()));
    if (!mustCover.isEmpty()) {
      problems.add(
          new FieldProblem(
              HandoffProcess.AGENCY_PLANS,
              "must say what continues and what stops for " + String.join(", ", mustCover)));
    }
    String shared = HandoffProcess.SHARED_INFORMATION.find(execution).map(String::trim).orElse("");
    if (shared.isEmpty()) {
      problems.add(
          new FieldProblem(
              HandoffProcess.SHARED_INFORMATION.name(),
              "is required: what has been shared with whom"));
    }
    String basis = HandoffProcess.SHARING_BASIS.find(execution).orElse(null);
    if (basis == null || !BASES.contains(basis)) {
      problems.add(
          new FieldProblem(
              HandoffProcess.SHARING_BASIS.name(),
              "must be one of " + BASES.stream().sorted().toList()));
    }
    FormProblems.refuseIfAny("The handoff plan cannot be recorded.", problems);
    handoffs.plan(HandoffProcess.HANDOFF_ID.from(execution), plans, shared, basis);
  }

  private List<Handoff.AgencyPlan> plans(Object value, List<FieldProblem> problems) {
    List<Handoff.AgencyPlan> plans = new ArrayList<>();
    if (value == null) {
      return plans;
    }
    try {
      JsonNode rows = json.readTree(value.toString());
      for (int i = 0; i < rows.size(); i++) {
        JsonNode row = rows.get(i);
        String at = HandoffProcess.AGENCY_PLANS + "[" + i + "].";
        String agency = row.path("agency").asText("");
        String continues = row.path("continues").asText("").trim();
        String stops = row.path("stops").asText("").trim();
        if (!Agencies.isAgency(agency)) {
          problems.add(new FieldProblem(at + "agency", "must be one of the agency ids"));
        } else if (plans.stream().anyMatch(plan -> plan.agency().equals(agency))) {
          problems.add(new FieldProblem(at + "agency", "appears twice"));
        }
        if (continues.isEmpty()) {
          problems.add(
              new FieldProblem(at + "continues", "is required (say \"nothing\" if nothing)"));
        }
        if (stops.isEmpty()) {
          problems.add(new FieldProblem(at + "stops", "is required (say \"nothing\" if nothing)"));
        }
        plans.add(new Handoff.AgencyPlan(agency, continues, stops));
      }
    } catch (java.io.IOException | RuntimeException notAList) {
      problems.add(new FieldProblem(HandoffProcess.AGENCY_PLANS, "is not a list of agency plans"));
    }
    return plans;
  }
}
