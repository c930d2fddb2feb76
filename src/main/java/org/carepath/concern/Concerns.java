package org.carepath.concern;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.AgencyInvolvementProcess;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.Level;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New concerns from any agency. Each is recorded and sent to the case's pathway as the message
 * {@code new-concern}: a case waiting for its review is reassessed at once; a case already being
 * assessed takes the concern into that assessment. Seed 002: risk "is fluid and can escalate
 * quickly"; seed 001 tip 2: individual incidents may form a pattern.
 *
 * <p>Raising a concern is never a way in. A concern from an agency that does not work with the
 * family is received and recorded just the same, but the agency is told only that it was received;
 * the lead professional (children's social care at Levels 3-4) decides whether to involve it, which
 * is a sharing decision like any other.
 *
 * <p>A concern on a case closed within {@link Cases#REOPEN_WITHIN} reopens it; an older closed case
 * asks for a new referral.
 */
@Service
public class Concerns {

  static final String STARTED = "started";
  static final String ADDED_TO_ASSESSMENT = "added-to-assessment";
  static final String QUEUED = "queued";
  static final String CASE_CLOSED = "case-closed";
  static final String REOPENED = "reopened";

  static final String AWAITING = "AWAITING";

  /** As for a handoff answer: a day at Level 4, otherwise about three working days. */
  static final Duration URGENT_DECISION = Duration.ofDays(1);

  static final Duration DECISION = Duration.ofDays(5);

  /** Tasks during which a concern simply joins the assessment under way or about to start. */
  private static final List<String> ASSESSING =
      List.of(
          FamilyPathway.Elements.RECORD_CONSENT,
          FamilyPathway.Elements.ASSESS_FAMILY,
          FamilyPathway.Elements.CONFIRM_LEVEL);

  private final Cases cases;
  private final ConcernRepository concerns;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final CurrentUser currentUser;
  private final Clock clock;

  Concerns(
      Cases cases,
      ConcernRepository concerns,
      RuntimeService runtimeService,
      TaskService taskService,
      CurrentUser currentUser,
      Clock clock) {
    this.cases = cases;
    this.concerns = concerns;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * The concern as recorded, or null when the raising agency does not work with the family: it is
   * told only that the concern was received.
   */
  @Transactional
  public Concern raise(String caseReference, String agency, String description) {
    if (!Agencies.isAgency(agency)) {
      throw ApiProblem.invalid(
          List.of(new FieldProblem("agency", "must be one of the agency ids " + Agencies.ALL)));
    }
    if (!currentUser.groupIds().contains(agency)) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "not-a-member",
          "You can raise a concern for your own agency only; you are not a member of "
              + agency
              + ".",
          List.of(new FieldProblem("agency", "is not an agency you belong to")));
    }
    // The lock orders concurrent concerns on one case; the engine sees them one at a time.
    FamilyCase familyCase = cases.lock(caseReference);
    boolean worksWithFamily = cases.agencies(familyCase.id()).contains(agency);
    if (!worksWithFamily) {
      receiveFromNewAgency(familyCase, agency, description);
      return null;
    }
    if (!familyCase.isOpen() && !cases.mayReopen(familyCase)) {
      throw ApiProblem.conflict(
          "case-closed",
          "Case "
              + caseReference
              + " closed on "
              + familyCase.closedAt().toLocalDate()
              + ", more than "
              + Cases.REOPEN_WITHIN.toTotalMonths()
              + " months ago; make a new referral with this concern.");
    }
    String reassessment =
        familyCase.isOpen() ? reassess(caseReference) : reopen(familyCase, agency, description);
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id =
        concerns.insert(
            familyCase.id(), agency, currentUser.userId(), now, description, reassessment, null);
    return new Concern(id, agency, currentUser.userId(), now, description, reassessment, null);
  }

  /**
   * Information coming in is never refused: the concern is recorded and reaches the pathway. What
   * goes out to the agency waits for the lead professional's decision.
   */
  private void receiveFromNewAgency(FamilyCase familyCase, String agency, String description) {
    String reassessment;
    if (familyCase.isOpen()) {
      reassessment = reassess(familyCase.reference());
    } else if (cases.mayReopen(familyCase)) {
      reassessment = reopen(familyCase, agency, description);
    } else {
      reassessment = CASE_CLOSED;
    }
    long id =
        concerns.insert(
            familyCase.id(),
            agency,
            currentUser.userId(),
            OffsetDateTime.now(clock),
            description,
            reassessment,
            AWAITING);
    boolean intensive =
        familyCase.currentLevel() != null && familyCase.currentLevel() == Level.INTENSIVE.number();
    boolean coordinated =
        familyCase.currentLevel() != null
            && familyCase.currentLevel() >= Level.COORDINATED.number();
    Map<String, Object> variables = new HashMap<>();
    AgencyInvolvementProcess.CASE_REFERENCE.putIn(variables, familyCase.reference());
    AgencyInvolvementProcess.CONCERN_ID.putIn(variables, id);
    AgencyInvolvementProcess.RAISING_AGENCY.putIn(variables, agency);
    AgencyInvolvementProcess.RAISING_AGENCY_NAME.putIn(variables, Agencies.name(agency));
    AgencyInvolvementProcess.CONCERN_DESCRIPTION.putIn(variables, description);
    AgencyInvolvementProcess.DECIDER_AGENCY.putIn(
        variables, coordinated ? Agencies.CHILDRENS_SOCIAL_CARE : familyCase.leadAgency());
    AgencyInvolvementProcess.DECISION_DUE.putIn(
        variables,
        Date.from(
            OffsetDateTime.now(clock).plus(intensive ? URGENT_DECISION : DECISION).toInstant()));
    // The raising agency holds no right over the family's processes; our API authorized this.
    currentUser.asSystem(
        () ->
            runtimeService.startProcessInstanceByKey(
                AgencyInvolvementProcess.KEY, familyCase.reference(), variables));
  }

  /**
   * A concern on a recently closed case reopens the same case: the family pathway starts again at
   * the assessment, with the case's history, consent and lead professional, instead of an unlinked
   * new referral.
   */
  private String reopen(FamilyCase familyCase, String agency, String description) {
    cases.reopen(familyCase, agency, description);
    Map<String, Object> variables = new HashMap<>();
    FamilyPathway.CASE_REFERENCE.putIn(variables, familyCase.reference());
    FamilyPathway.LEAD_AGENCY.putIn(variables, familyCase.leadAgency());
    FamilyPathway.REFERRING_AGENCY.putIn(variables, familyCase.referringAgency());
    FamilyPathway.ASSESSMENT_TRIGGER.putIn(variables, FamilyPathway.TRIGGER_REOPENED);
    FamilyPathway.CONCERN_PENDING.putIn(variables, false);
    currentUser.asSystem(
        () ->
            runtimeService.startProcessInstanceByMessage(
                FamilyPathway.REOPENED_MESSAGE, familyCase.reference(), variables));
    return REOPENED;
  }

  private String reassess(String caseReference) {
    return reassess(caseReference, FamilyPathway.TRIGGER_CONCERN);
  }

  /**
   * Asks the family pathway to reassess the family (for example after a birth): at once when it
   * waits for its review, within the assessment under way, or as soon as the lead is settled.
   */
  public String reassess(String caseReference, String trigger) {
    boolean started =
        !currentUser
            .asSystem(
                () ->
                    runtimeService
                        .createMessageCorrelation(FamilyPathway.NEW_CONCERN_MESSAGE)
                        .processInstanceBusinessKey(caseReference)
                        .setVariable(FamilyPathway.ASSESSMENT_TRIGGER.name(), trigger)
                        .correlateAllWithResult())
            .isEmpty();
    return started ? STARTED : currentUser.asSystem(() -> notStarted(caseReference, trigger));
  }

  /**
   * No reassessment could start: either one is under way and takes the concern in, or the case is
   * between steps (a handoff) and is reassessed as soon as its lead professional is settled.
   */
  private String notStarted(String caseReference, String trigger) {
    boolean assessing =
        taskService
                .createTaskQuery()
                .processDefinitionKey(FamilyPathway.KEY)
                .processInstanceBusinessKey(caseReference)
                .taskDefinitionKeyIn(ASSESSING.toArray(String[]::new))
                .count()
            > 0;
    if (assessing) {
      return ADDED_TO_ASSESSMENT;
    }
    runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(FamilyPathway.KEY)
        .processInstanceBusinessKey(caseReference)
        .list()
        .forEach(
            pathway -> {
              runtimeService.setVariable(
                  pathway.getId(), FamilyPathway.CONCERN_PENDING.name(), true);
              runtimeService.setVariable(
                  pathway.getId(), FamilyPathway.ASSESSMENT_TRIGGER.name(), trigger);
            });
    return QUEUED;
  }

  public List<Concern> of(long caseId) {
    return concerns.of(caseId);
  }
}
