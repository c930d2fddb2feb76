package org.carepath.chronology;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.CaseChild;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.ChildNotSeenProcess;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.DueTimes;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.LevelIntervals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Has the child been seen and spoken to?" (seed 001 tip 2): each child's records of being seen, by
 * whom, alone or not, and the child's own words; when each was last seen; and, at Levels 3-4, a
 * task for the lead professional when a child has not been seen within the interval of DMN {@code
 * child-seen-interval}.
 */
@Service
public class ChildrenSeen {

  private static final Logger log = LoggerFactory.getLogger(ChildrenSeen.class);

  private final Cases cases;
  private final ChronologyRepository records;
  private final Chronology chronology;
  private final LevelIntervals intervals;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Clock clock;

  ChildrenSeen(
      Cases cases,
      ChronologyRepository records,
      Chronology chronology,
      LevelIntervals intervals,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      Clock clock) {
    this.cases = cases;
    this.records = records;
    this.chronology = chronology;
    this.intervals = intervals;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** {@code POST /api/cases/{id}/child-seen}. */
  public record Seen(String child, LocalDate seenOn, Boolean seenAlone, String childViews) {}

  public record Recorded(long id, String child, LocalDate seenOn) {}

  /** When a child was last seen and spoken to (null when never), and by when they should be. */
  public record LastSeen(String child, LocalDate lastSeenOn, LocalDate seeBy, boolean overdue) {}

  @Transactional
  public Recorded record(String reference, Seen body) {
    FamilyCase familyCase = cases.requireWorkingOn(reference);
    List<FieldProblem> problems = new ArrayList<>();
    Optional<CaseChild> child =
        body.child() == null || body.child().isBlank()
            ? missing(problems)
            : chronology.childNamed(familyCase, body.child(), "child", problems);
    String agency = chronology.agencyOf(familyCase);
    if (agency == null) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "not-working-with-family",
          "Only an agency working with the family can record a child seen.",
          List.of());
    }
    check(child, body.seenOn(), body.seenAlone(), body.childViews(), problems);
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    Recorded recorded =
        store(
            familyCase,
            child.orElseThrow(),
            body.seenOn(),
            body.seenAlone(),
            body.childViews(),
            agency);
    endAskingToSee(familyCase, child.orElseThrow());
    return recorded;
  }

  /** From the lead's "see and speak with the child" task; refuses the form naming each field. */
  Recorded recordFromTask(
      String reference, long childId, String seenOn, Boolean alone, String views, String agency) {
    FamilyCase familyCase = cases.lock(reference);
    CaseChild child =
        cases.children(familyCase.id()).stream()
            .filter(found -> found.id() == childId)
            .findFirst()
            .orElseThrow();
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = null;
    try {
      day = seenOn == null ? null : LocalDate.parse(seenOn.trim());
    } catch (java.time.format.DateTimeParseException notADate) {
      problems.add(new FieldProblem("seenOn", "must be a date such as 2026-11-30"));
    }
    if (problems.isEmpty()) {
      check(Optional.of(child), day, alone == null ? Boolean.FALSE : alone, views, problems);
    }
    FormProblems.refuseIfAny("The child seen cannot be recorded.", problems);
    return store(familyCase, child, day, alone != null && alone, views, agency);
  }

  /**
   * From a form that saw the children (the assessment, a review): each child ticked is recorded as
   * seen today, with the words given. Refuses the form naming its fields.
   */
  void recordFromForm(String reference, List<String> names, boolean alone, String views) {
    FamilyCase familyCase = cases.lock(reference);
    List<FieldProblem> problems = new ArrayList<>();
    List<CaseChild> seen = new ArrayList<>();
    for (String name : names) {
      chronology
          .childNamed(familyCase, name, ChildrenSeenInForms.CHILDREN, problems)
          .ifPresent(seen::add);
    }
    LocalDate today = LocalDate.now(clock);
    List<FieldProblem> checked = new ArrayList<>();
    for (CaseChild child : seen) {
      check(Optional.of(child), today, alone, views, checked);
    }
    // The form's own field names, so each message shows next to its field.
    checked.stream()
        .map(
            problem ->
                new FieldProblem(
                    "childViews".equals(problem.field())
                        ? ChildrenSeenInForms.VIEWS
                        : ChildrenSeenInForms.CHILDREN,
                    problem.message()))
        .distinct()
        .forEach(problems::add);
    FormProblems.refuseIfAny("The children seen cannot be recorded.", problems);
    String agency =
        Optional.ofNullable(chronology.agencyOf(familyCase)).orElse(familyCase.leadAgency());
    for (CaseChild child : seen) {
      store(familyCase, child, today, alone, views, agency);
      endAskingToSee(familyCase, child);
    }
  }

  /** A task asking the lead to see this child is done. */
  private void endAskingToSee(FamilyCase familyCase, CaseChild child) {
    currentUser.asSystem(
        () ->
            runtimeService
                .createMessageCorrelation(ChildNotSeenProcess.SEEN_MESSAGE)
                .processInstanceBusinessKey(familyCase.reference())
                .processInstanceVariableEquals(ChildNotSeenProcess.CHILD_ID.name(), child.id())
                .correlateAllWithResult());
  }

  private void check(
      Optional<CaseChild> child,
      LocalDate seenOn,
      Boolean alone,
      String views,
      List<FieldProblem> problems) {
    LocalDate today = LocalDate.now(clock);
    if (seenOn == null) {
      problems.add(new FieldProblem("seenOn", "is required: the day the child was seen"));
    } else if (seenOn.isAfter(today)) {
      problems.add(new FieldProblem("seenOn", "cannot be in the future"));
    } else if (child.isPresent()
        && child.get().dateOfBirth() != null
        && seenOn.isBefore(child.get().dateOfBirth())) {
      problems.add(new FieldProblem("seenOn", "is before the child was born"));
    }
    if (alone == null) {
      problems.add(new FieldProblem("seenAlone", "is required: was the child seen alone?"));
    }
    String text = views == null ? "" : views.trim();
    if (text.isEmpty()) {
      problems.add(
          new FieldProblem(
              "childViews",
              "is required: the child's own words or views, or how a baby or young child was"
                  + " observed"));
    } else if (text.length() > 4000) {
      problems.add(new FieldProblem("childViews", "must be at most 4000 characters"));
    }
  }

  private Recorded store(
      FamilyCase familyCase,
      CaseChild child,
      LocalDate seenOn,
      boolean alone,
      String views,
      String agency) {
    long id =
        records.insertChildSeen(
            familyCase.id(),
            child.id(),
            seenOn,
            alone,
            views.trim(),
            agency,
            currentUser.userId(),
            OffsetDateTime.now(clock));
    return new Recorded(id, child.name(), seenOn);
  }

  /** Every child of the case with the day they were last seen and, at Levels 3-4, by when. */
  public List<LastSeen> of(FamilyCase familyCase) {
    Map<Long, LocalDate> seen = new HashMap<>();
    records.lastSeen(familyCase.id()).forEach(s -> seen.put(s.childId(), s.seenOn()));
    Integer days = familyCase.isOpen() ? intervalDays(familyCase.currentLevel()) : null;
    LocalDate today = LocalDate.now(clock);
    return cases.children(familyCase.id()).stream()
        .map(
            child -> {
              LocalDate last = seen.get(child.id());
              LocalDate seeBy =
                  days == null
                      ? null
                      : (last != null ? last : familyCase.referredAt().toLocalDate())
                          .plusDays(days);
              return new LastSeen(
                  child.name(), last, seeBy, seeBy != null && seeBy.isBefore(today));
            })
        .toList();
  }

  /** A child at Levels 3-4 not seen within the interval, for managers. */
  public record NotSeen(
      String caseId, String leadAgency, String child, LocalDate lastSeenOrReferred) {}

  /** Every child at Levels 3-4 not seen and spoken to within the interval, today. */
  @Transactional
  public List<NotSeen> notSeenInTime() {
    return childrenNotSeen().stream()
        .map(c -> new NotSeen(c.caseReference(), c.leadAgency(), c.childName(), c.since()))
        .toList();
  }

  /** Children of open cases at Levels 3-4 not seen within their level's interval, today. */
  private List<ChronologyRepository.NotSeen> childrenNotSeen() {
    Integer level3 = intervalDays(3);
    Integer level4 = intervalDays(4);
    if (level3 == null || level4 == null) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    return records.notSeenSince(
        today.minusDays(level3), today.minusDays(level4), today.minusYears(18));
  }

  /**
   * The morning check: each child at Levels 3-4 not seen within the interval gets one task for the
   * lead professional. Returns how many tasks it raised.
   */
  @Transactional
  public int askLeadsToSeeChildren() {
    LocalDate today = LocalDate.now(clock);
    int raised = 0;
    for (ChronologyRepository.NotSeen child : childrenNotSeen()) {
      boolean asked =
          runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionKey(ChildNotSeenProcess.KEY)
                  .processInstanceBusinessKey(child.caseReference())
                  .variableValueEquals(ChildNotSeenProcess.CHILD_ID.name(), child.childId())
                  .count()
              > 0;
      if (asked) {
        continue;
      }
      Map<String, Object> variables = new HashMap<>();
      ChildNotSeenProcess.CASE_REFERENCE.putIn(variables, child.caseReference());
      ChildNotSeenProcess.LEAD_AGENCY.putIn(variables, child.leadAgency());
      ChildNotSeenProcess.CHILD_ID.putIn(variables, child.childId());
      ChildNotSeenProcess.CHILD_NAME.putIn(variables, child.childName());
      ChildNotSeenProcess.SEE_BY.putIn(
          variables, DueTimes.morningOf(today.plusDays(ChildNotSeenProcess.DAYS_TO_SEE), clock));
      runtimeService.startProcessInstanceByKey(
          ChildNotSeenProcess.KEY, child.caseReference(), variables);
      raised++;
    }
    if (raised > 0) {
      log.info("Asked lead professionals to see {} children not seen in time", raised);
    }
    return raised;
  }

  private Integer intervalDays(Integer level) {
    return intervals.days(ChildNotSeenProcess.INTERVAL_DECISION, level);
  }

  private static Optional<CaseChild> missing(List<FieldProblem> problems) {
    problems.add(new FieldProblem("child", "is required: the child's name as on the case"));
    return Optional.empty();
  }
}
