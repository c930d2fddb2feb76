package org.carepath.twintrack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.CaseChild;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.TwinTrackPlan;
import org.carepath.sharing.Sharing;
import org.carepath.sharing.SharingDecision;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.DueTimes;
import org.carepath.system.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts twin-track planning for a child, from the API or from the pathway's level decision or
 * review, and shows the plans on the case file. Children's social care leads the planning; it is
 * told about the family only on a recorded sharing basis.
 */
@Service
public class TwinTrackPlans {

  static final String PLANNING_AGENCY = Agencies.CHILDRENS_SOCIAL_CARE;

  private final Cases cases;
  private final TwinTrackRepository plans;
  private final Sharing sharing;
  private final DecisionService decisionService;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final TransactionTemplate separately;

  TwinTrackPlans(
      Cases cases,
      TwinTrackRepository plans,
      Sharing sharing,
      DecisionService decisionService,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.cases = cases;
    this.plans = plans;
    this.sharing = sharing;
    this.decisionService = decisionService;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.clock = clock;
    this.separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** {@code POST /api/cases/{id}/twin-track}. */
  public record NewPlan(String child, String reason) {}

  /** What the API answers. */
  public record Started(long id, LocalDate decisionDue) {}

  /** A plan on the case file: both tracks with their history, and the decision. */
  public record PlanRecord(
      long id,
      String child,
      String reason,
      LocalDate decisionDue,
      String startedBy,
      OffsetDateTime startedAt,
      Track rehabilitation,
      Track permanence,
      String outcome,
      String outcomeReason,
      String decidedBy,
      OffsetDateTime decidedAt,
      List<EventRecord> decisionHistory) {}

  public record Track(String state, List<EventRecord> history) {}

  public record EventRecord(String kind, String detail, String recordedBy, OffsetDateTime at) {}

  @Transactional
  public Started start(String reference, NewPlan body) {
    FamilyCase familyCase = cases.requireWorkingOn(reference);
    if (!currentUser.isInAnyGroup(List.of(familyCase.leadAgency(), PLANNING_AGENCY))) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "not-lead-professional",
          "Twin-track planning is started by the lead professional's agency or by children's"
              + " social care.",
          List.of());
    }
    List<FieldProblem> problems = new ArrayList<>();
    Optional<CaseChild> child =
        check(familyCase, body.child(), body.reason(), "child", "reason", problems);
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    refuseWithoutBasis(familyCase, child.orElseThrow());
    familyCase = cases.lock(reference);
    if (!familyCase.isOpen()) {
      throw ApiProblem.conflict("case-closed", "Case " + reference + " is closed.");
    }
    return start(familyCase, child.orElseThrow(), body.reason().trim());
  }

  /**
   * A refusal to tell children's social care is kept on the case record although the request fails:
   * it is written in its own transaction, before this one locks the case.
   */
  private void refuseWithoutBasis(FamilyCase familyCase, CaseChild child) {
    if (cases.agencies(familyCase.id()).contains(PLANNING_AGENCY)) {
      return;
    }
    SharingDecision decision = sharingDecision(familyCase, child);
    if (!decision.shared()) {
      separately.executeWithoutResult(status -> sharing.record(familyCase.id(), decision));
      throw notShared(decision);
    }
  }

  /**
   * Checks a request for a plan: the child is on the case and under 18, with a reason; problems are
   * named by the caller's field names.
   */
  Optional<CaseChild> check(
      FamilyCase familyCase,
      String childName,
      String reason,
      String childField,
      String reasonField,
      List<FieldProblem> problems) {
    Optional<CaseChild> child = Optional.empty();
    if (childName == null || childName.isBlank()) {
      problems.add(new FieldProblem(childField, "is required: the child's name as on the case"));
    } else {
      child = cases.childNamed(familyCase.id(), childName);
      if (child.isEmpty()) {
        problems.add(new FieldProblem(childField, "is not a child on this case"));
      } else if (child.get().dateOfBirth() != null
          && !child.get().dateOfBirth().plusYears(18).isAfter(today())) {
        problems.add(
            new FieldProblem(childField, "is 18 or over: twin-track planning is for children"));
      }
    }
    if (reason == null || reason.isBlank()) {
      problems.add(
          new FieldProblem(
              reasonField, "is required: why the plan considers the child living away from home"));
    } else if (reason.length() > 4000) {
      problems.add(new FieldProblem(reasonField, "must be at most 4000 characters"));
    }
    return child;
  }

  /**
   * Twin-track planning asked for by what an agency found (a social work assessment concluding care
   * planning): started for the child unless a plan already runs; the caller holds the case's lock
   * and acts in the engine's transaction.
   *
   * @return whether a plan was started
   */
  public boolean startUnlessRunning(FamilyCase familyCase, CaseChild child, String reason) {
    if (plans.runningFor(child.id()).isPresent()) {
      return false;
    }
    start(familyCase, child, reason);
    return true;
  }

  /** The children whose twin-track plan still runs: a case does not close while one does. */
  public List<String> childrenWithRunningPlans(long caseId) {
    return plans.childrenWithRunningPlans(caseId);
  }

  /** Starts the plan; the caller holds the case's lock and has checked the request. */
  Started start(FamilyCase familyCase, CaseChild child, String reason) {
    plans
        .runningFor(child.id())
        .ifPresent(
            running -> {
              throw ApiProblem.conflict(
                  "twin-track-running",
                  child.name()
                      + " already has a twin-track plan, with its decision due on "
                      + running.decisionDue()
                      + ".");
            });
    involvePlanningAgency(familyCase, child);
    DmnDecisionResultEntries deadline = deadline(child);
    int weeks = ((Number) deadline.getEntry("decisionWeeks")).intValue();
    LocalDate due = today().plusWeeks(weeks);
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id = plans.insert(familyCase.id(), child.id(), reason, currentUser.userId(), now, due);
    plans.event(
        id,
        "decision",
        "STARTED",
        now,
        currentUser.userId(),
        "Twin-track planning started: "
            + reason
            + " Decision due by "
            + due
            + ". "
            + deadline.getEntry("reason"));
    Map<String, Object> variables = new HashMap<>();
    TwinTrackPlan.CASE_REFERENCE.putIn(variables, familyCase.reference());
    TwinTrackPlan.PLAN_ID.putIn(variables, id);
    TwinTrackPlan.CHILD_NAME.putIn(variables, child.name());
    TwinTrackPlan.DECISION_DUE.putIn(variables, DueTimes.morningOf(due, clock));
    TwinTrackPlan.DECISION_DUE_ON.putIn(variables, due.toString());
    TwinTrackPlan.OUTCOME.putIn(variables, TwinTrackPlan.UNDECIDED);
    currentUser.asSystem(
        () ->
            runtimeService.startProcessInstanceByKey(
                TwinTrackPlan.KEY, familyCase.reference(), variables));
    return new Started(id, due);
  }

  /**
   * Children's social care leads twin-track planning. If it does not work with the family yet, it
   * is told only on a basis the information-sharing table accepts (consent, significant harm or
   * immediate risk), and the decision is recorded either way.
   */
  private void involvePlanningAgency(FamilyCase familyCase, CaseChild child) {
    if (cases.agencies(familyCase.id()).contains(PLANNING_AGENCY)) {
      return;
    }
    SharingDecision decision = sharingDecision(familyCase, child);
    if (!decision.shared()) {
      throw notShared(decision);
    }
    sharing.record(familyCase.id(), decision);
    cases.involve(familyCase.id(), PLANNING_AGENCY);
  }

  private SharingDecision sharingDecision(FamilyCase familyCase, CaseChild child) {
    return sharing.evaluate(
        familyCase,
        PLANNING_AGENCY,
        Sharing.TWIN_TRACK,
        null,
        "Twin-track planning for " + child.name());
  }

  private static ApiProblem notShared(SharingDecision decision) {
    return ApiProblem.conflict(
        "sharing-not-agreed",
        "Children's social care leads twin-track planning but cannot be told about this family"
            + " yet: "
            + decision.reason()
            + " Talk with the family about consent, or reassess the family first.");
  }

  private DmnDecisionResultEntries deadline(CaseChild child) {
    // A child with no date of birth recorded gets the shortest time, as the youngest would.
    long months =
        child.dateOfBirth() == null
            ? 0
            : Period.between(child.dateOfBirth(), today()).toTotalMonths();
    return currentUser.asSystem(
        () ->
            decisionService
                .evaluateDecisionByKey(TwinTrackPlan.DEADLINE_DECISION)
                .variables(Map.of("childAgeMonths", (int) months))
                .evaluate()
                .getSingleResult());
  }

  public List<PlanRecord> of(FamilyCase familyCase) {
    Map<Long, String> names = new HashMap<>();
    cases.children(familyCase.id()).forEach(child -> names.put(child.id(), child.name()));
    return plans.of(familyCase.id()).stream()
        .map(
            plan -> {
              List<TwinTrackRepository.Event> events = plans.events(plan.id());
              return new PlanRecord(
                  plan.id(),
                  names.get(plan.childId()),
                  plan.reason(),
                  plan.decisionDue(),
                  plan.startedBy(),
                  plan.startedAt(),
                  new Track(plan.rehabilitationState(), history(events, "rehabilitation")),
                  new Track(plan.permanenceState(), history(events, "permanence")),
                  plan.outcome(),
                  plan.outcomeReason(),
                  plan.decidedBy(),
                  plan.decidedAt(),
                  history(events, "decision"));
            })
        .toList();
  }

  private static List<EventRecord> history(List<TwinTrackRepository.Event> events, String track) {
    return events.stream()
        .filter(event -> event.track().equals(track))
        .map(event -> new EventRecord(event.kind(), event.detail(), event.byUser(), event.at()))
        .toList();
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
