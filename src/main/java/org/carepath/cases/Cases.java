package org.carepath.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.access.BreakGlass;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.FamilyPathway;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The family case: registration, and what other features read and record about a case. */
@Service
public class Cases {

  private final CaseRepository cases;
  private final ReferralValidator validator;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final BreakGlass breakGlass;

  Cases(
      CaseRepository cases,
      ReferralValidator validator,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      Clock clock,
      BreakGlass breakGlass) {
    this.breakGlass = breakGlass;
    this.cases = cases;
    this.validator = validator;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Opens a case from an API referral and starts its family pathway, in one transaction: either
   * both exist or neither does.
   */
  @Transactional
  public String refer(Referral referral) {
    if (!currentUser.isInAnyGroup(Agencies.ALL) && !currentUser.overseesAllCases()) {
      // Service designers see models, never families: they neither refer nor read cases.
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "not-an-agency",
          "Only members of an agency can refer a family.",
          List.of());
    }
    validator.validate(referral);
    requireMember(referral.referringAgency());
    String reference = cases.insert(referral, currentUser.userId(), now());
    Map<String, Object> variables = new HashMap<>();
    FamilyPathway.CASE_REFERENCE.putIn(variables, reference);
    FamilyPathway.REFERRING_AGENCY.putIn(variables, referral.referringAgency());
    FamilyPathway.LEAD_AGENCY.putIn(variables, referral.referringAgency());
    if (Boolean.TRUE.equals(referral.immediateRiskOfHarm())) {
      FamilyPathway.IMMEDIATE_RISK_OF_HARM.putIn(variables, true);
      FamilyPathway.IMMEDIATE_RISK_SEEN.putIn(variables, referral.immediateRiskSeen().trim());
    }
    // Our API has authorized the referral; agencies hold no engine rights over whole instances.
    currentUser.asSystem(
        () -> runtimeService.startProcessInstanceByKey(FamilyPathway.KEY, reference, variables));
    return reference;
  }

  /**
   * Whether the referral said a child is at immediate risk of harm: what information sharing goes
   * by until the first level decision.
   */
  public boolean immediateRiskAtReferral(long caseId) {
    return cases.immediateRiskAtReferral(caseId);
  }

  /** Opens a case from the Tasklist start form, inside the starting engine transaction. */
  String registerFromStartForm(Referral referral) {
    validator.validate(referral);
    requireMember(referral.referringAgency());
    return cases.insert(referral, currentUser.userId(), now());
  }

  /** Only an agency's members act in its name: a case opened for it lands in its queue. */
  private void requireMember(String agency) {
    if (!currentUser.groupIds().contains(agency)) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "not-a-member",
          "You can refer a family for your own agency only; you are not a member of "
              + agency
              + ".",
          List.of(new FieldProblem("referringAgency", "is not an agency you belong to")));
    }
  }

  public Optional<FamilyCase> find(String reference) {
    return cases.findByReference(reference);
  }

  public FamilyCase require(String reference) {
    return find(reference).orElseThrow(() -> notFound(reference));
  }

  /** The day a case's record was destroyed at the end of its retention, if it was. */
  public Optional<java.time.LocalDate> destroyedOn(String reference) {
    return cases.destroyedOn(reference);
  }

  private ApiProblem notFound(String reference) {
    return destroyedOn(reference)
        .map(
            day ->
                new ApiProblem(
                    HttpStatus.GONE,
                    "case-destroyed",
                    "The record of case "
                        + reference
                        + " was destroyed on "
                        + day
                        + " at the end of its retention period. Only a note that it existed is"
                        + " kept.",
                    List.of()))
        .orElseGet(
            () -> ApiProblem.notFound("case-not-found", "There is no case " + reference + "."));
  }

  /**
   * The case, when the current user may see it: managers and administrators see every case, an
   * agency the cases it is involved in, a referrer the cases they referred. Anyone else is refused
   * (403), in words that say why without showing anything of the family.
   */
  public FamilyCase requireVisible(String reference) {
    return requireVisible(require(reference));
  }

  public FamilyCase requireVisible(FamilyCase found) {
    if (!isVisibleToCurrentUser(found)) {
      throw notYours(found);
    }
    return found;
  }

  /**
   * The case, when the current user may change it: as {@link #requireVisible}, but emergency
   * (break-glass) access reads only.
   */
  public FamilyCase requireWorkingOn(String reference) {
    FamilyCase found = require(reference);
    if (worksOn(found)) {
      return found;
    }
    if (breakGlass.holdsNow(found.id())) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "break-glass-read-only",
          "Emergency access lets you read case "
              + found.reference()
              + ", not change it. Tell the lead professional what you know, or ask them to"
              + " involve your agency.",
          List.of());
    }
    throw notYours(found);
  }

  private static ApiProblem notYours(FamilyCase found) {
    return new ApiProblem(
        HttpStatus.FORBIDDEN,
        "case-not-yours",
        "Case "
            + found.reference()
            + " is not worked on by your agency, so you cannot see it. Ask the lead"
            + " professional to involve your agency if you need to work with this family. If a"
            + " child may be at risk now and you must see the record, use emergency access"
            + " (break-glass): it is recorded and reviewed.",
        List.of());
  }

  /** Whether the current user may read the case: they work on it, or hold emergency access. */
  public boolean isVisibleToCurrentUser(FamilyCase familyCase) {
    return worksOn(familyCase) || breakGlass.holdsNow(familyCase.id());
  }

  private boolean worksOn(FamilyCase familyCase) {
    return currentUser.overseesAllCases()
        || familyCase.referredBy().equals(currentUser.userId())
        || currentUser.isInAnyGroup(cases.agencies(familyCase.id()));
  }

  /** The cases the current user may see, newest first; {@code status} OPEN, CLOSED or null. */
  public List<FamilyCase> visibleToCurrentUser(String status, int page, int size) {
    return cases.visible(
        currentUser.overseesAllCases(),
        currentUser.userId(),
        currentUser.groupIds(),
        status,
        size,
        page * size);
  }

  /** Serialises engine steps per case (e.g. two concerns at once). */
  public FamilyCase lock(String reference) {
    return cases.lockByReference(reference).orElseThrow(() -> notFound(reference));
  }

  public List<CaseAdult> adults(long caseId) {
    return cases.adults(caseId);
  }

  public List<String> substances(long adultId) {
    return cases.substances(adultId);
  }

  public List<CaseChild> children(long caseId) {
    return cases.children(caseId);
  }

  /** The adult of the case with this name, as the family and the practitioners call them. */
  public Optional<CaseAdult> adultNamed(long caseId, String name) {
    return cases.adults(caseId).stream()
        .filter(adult -> adult.name().trim().equalsIgnoreCase(name.trim()))
        .findFirst();
  }

  /** The child of the case with this name, as the family and the practitioners call them. */
  public Optional<CaseChild> childNamed(long caseId, String name) {
    return cases.children(caseId).stream()
        .filter(child -> child.name().trim().equalsIgnoreCase(name.trim()))
        .findFirst();
  }

  /** An expected date for the adult's pregnancy; null once the baby is born. */
  public void updatePregnancy(long adultId, java.time.LocalDate expectedDeliveryDate) {
    cases.updatePregnancy(adultId, expectedDeliveryDate);
  }

  public CaseChild addChild(
      long caseId, String name, java.time.LocalDate dateOfBirth, String livesWith) {
    return cases.addChild(caseId, name, dateOfBirth, livesWith);
  }

  public List<String> agencies(long caseId) {
    return cases.agencies(caseId);
  }

  public void involve(long caseId, String agency) {
    cases.involve(caseId, agency, now());
  }

  /** The receiving agency accepted a handoff: it leads the case from now on. */
  public void changeLead(long caseId, String agency, long handoffId) {
    cases.changeLead(caseId, agency, handoffId, now());
  }

  public List<LeadProfessional> leadHistory(long caseId) {
    return cases.leadHistory(caseId);
  }

  public void recordLevel(long caseId, int level, OffsetDateTime nextReviewDue) {
    cases.updateLevel(caseId, level, nextReviewDue, now());
  }

  public void close(long caseId, String reason) {
    cases.close(caseId, now(), reason);
  }

  /**
   * A closed case may be reopened by a concern within this period after closing, keeping its
   * history, consent and lead professional; later, a new referral is the way in (practitioner
   * judgement: the year after post-recovery support ends is when relapse is most likely).
   */
  public static final Period REOPEN_WITHIN = Period.ofMonths(12);

  public boolean mayReopen(FamilyCase familyCase) {
    return !familyCase.isOpen()
        && familyCase.closedAt() != null
        && familyCase.closedAt().plus(REOPEN_WITHIN).isAfter(now());
  }

  /** Reopens a recently closed case; the caller holds its lock. */
  public void reopen(FamilyCase familyCase, String agency, String reason) {
    if (!mayReopen(familyCase) || !cases.reopen(familyCase.id(), now())) {
      throw new IllegalStateException("Case " + familyCase.reference() + " cannot be reopened");
    }
    cases.insertReopening(
        new CaseReopening(familyCase.closedAt(), now(), currentUser.userId(), agency, reason),
        familyCase.id());
  }

  public List<CaseReopening> reopenings(long caseId) {
    return cases.reopenings(caseId);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
