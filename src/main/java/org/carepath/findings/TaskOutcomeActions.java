package org.carepath.findings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.CaseChild;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.concern.Concerns;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.FamilyPathway;
import org.carepath.routing.AgencyTaskAnswered;
import org.carepath.routing.AgencyTasks;
import org.carepath.stage.Stages;
import org.carepath.system.CurrentUser;
import org.carepath.system.Roles;
import org.carepath.twintrack.TwinTrackPlans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What an agency found decides what happens next, by DMN {@code task-outcome-actions}: the family
 * reassessed now (with an immediate risk when the finding says so), the lead professional or
 * managers asked to act, twin-track planning for the children, or a missed step escalated as one.
 * Runs in the transaction that completes the agency's task, so a finding never closes its task and
 * leads nowhere.
 */
@Component
class TaskOutcomeActions {

  static final String DECISION = "task-outcome-actions";

  /** The trigger of a reassessment a finding asks for. */
  static final String TRIGGER = "finding";

  /** The answers the table reads beside the outcome. */
  static final List<String> FINDINGS =
      List.of("decision", "conclusion", "learning", "engagement", "development");

  private static final Logger log = LoggerFactory.getLogger(TaskOutcomeActions.class);

  private final DecisionService decisionService;
  private final RuntimeService runtimeService;
  private final Cases cases;
  private final Concerns concerns;
  private final TwinTrackPlans twinTrackPlans;
  private final Stages stages;
  private final FindingRepository findings;
  private final FindingFollowUps followUps;
  private final CurrentUser currentUser;
  private final Clock clock;

  TaskOutcomeActions(
      DecisionService decisionService,
      RuntimeService runtimeService,
      Cases cases,
      Concerns concerns,
      TwinTrackPlans twinTrackPlans,
      Stages stages,
      FindingRepository findings,
      FindingFollowUps followUps,
      CurrentUser currentUser,
      Clock clock) {
    this.decisionService = decisionService;
    this.runtimeService = runtimeService;
    this.cases = cases;
    this.concerns = concerns;
    this.twinTrackPlans = twinTrackPlans;
    this.stages = stages;
    this.findings = findings;
    this.followUps = followUps;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @EventListener
  void answered(AgencyTaskAnswered answered) {
    FamilyCase familyCase = cases.lock(answered.caseReference());
    if (!familyCase.isOpen()) {
      return;
    }
    for (DmnDecisionResultEntries row : evaluate(answered)) {
      String action = row.getEntry("action");
      String reason = row.getEntry("reason");
      int days = ((Number) row.getEntry("dueInDays")).intValue();
      OffsetDateTime now = OffsetDateTime.now(clock);
      long finding =
          findings.insert(
              familyCase.id(),
              answered.routedTaskId(),
              answered.agency(),
              answered.taskKey(),
              answered.outcome(),
              action,
              reason,
              now);
      switch (action) {
        case "reassess-immediate-risk" -> reassess(familyCase, true);
        case "reassess" -> reassess(familyCase, false);
        case "lead-task" ->
            followUps.open(
                familyCase, finding, answered, reason, List.of(familyCase.leadAgency()), days);
        case "tell-managers" ->
            followUps.open(familyCase, finding, answered, reason, List.of(Roles.MANAGERS), days);
        case "missed-step" -> {
          if (answered.stageId() != null) {
            stages.stepMissed(
                answered.stageId(),
                AgencyTasks.title(answered.taskKey())
                    + " ("
                    + Agencies.name(answered.agency())
                    + ") was not done: "
                    + reason);
          }
          followUps.open(
              familyCase,
              finding,
              answered,
              reason,
              List.of(familyCase.leadAgency(), Roles.MANAGERS),
              days);
        }
        case "twin-track" -> twinTrack(familyCase, reason);
        default -> log.warn("DMN {} asks for an unknown action '{}'", DECISION, action);
      }
    }
  }

  private List<DmnDecisionResultEntries> evaluate(AgencyTaskAnswered answered) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("taskKey", answered.taskKey());
    inputs.put("taskOutcome", answered.outcome());
    for (String field : FINDINGS) {
      Object value = answered.answers().get(field);
      inputs.put(field, value == null ? null : value.toString());
    }
    return currentUser.asSystem(
        () -> {
          List<DmnDecisionResultEntries> rows = new java.util.ArrayList<>();
          decisionService
              .evaluateDecisionByKey(DECISION)
              .variables(inputs)
              .evaluate()
              .forEach(rows::add);
          return rows;
        });
  }

  /** Reassessed now; with an immediate risk, the assessment starts from it. */
  private void reassess(FamilyCase familyCase, boolean immediateRisk) {
    if (immediateRisk) {
      currentUser.asSystem(
          () -> {
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(FamilyPathway.KEY)
                .processInstanceBusinessKey(familyCase.reference())
                .list()
                .forEach(
                    pathway ->
                        runtimeService.setVariable(
                            pathway.getId(), FamilyPathway.IMMEDIATE_RISK_OF_HARM.name(), true));
            return null;
          });
    }
    concerns.reassess(familyCase.reference(), TRIGGER);
  }

  /**
   * Each child under 18 on the case (practice toolkit: "Children should always be the subject of
   * twin track planning"); a child already in twin-track planning keeps that plan.
   */
  private void twinTrack(FamilyCase familyCase, String reason) {
    LocalDate today = LocalDate.now(clock);
    for (CaseChild child : cases.children(familyCase.id())) {
      if (Period.between(child.dateOfBirth(), today).getYears() >= 18) {
        continue;
      }
      twinTrackPlans.startUnlessRunning(familyCase, child, reason);
    }
  }
}
