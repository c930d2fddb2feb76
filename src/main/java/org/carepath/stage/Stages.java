package org.carepath.stage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.CaseAdult;
import org.carepath.cases.CaseChild;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.cases.Substances;
import org.carepath.level.LevelDecision;
import org.carepath.level.LevelHistory;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.routing.AgencyTasks;
import org.carepath.sharing.ConsentRevisits;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The stages of pregnancy and childhood on a case: starting each one's pathway, recording the
 * stage, and planning its tasks from DMN {@code stage-tasks} with dates counted from the case.
 */
@Service
public class Stages {

  /** A step whose date has passed when it is planned (a late referral) is due in 2 days. */
  static final int LATE_STEP_DAYS = 2;

  /** Due by the end of the working day on its date. */
  private static final int DUE_HOUR = 17;

  private final StageRepository stages;
  private final Cases cases;
  private final LevelHistory levels;
  private final AgencyTasks agencyTasks;
  private final ConsentRevisits consentRevisits;
  private final DecisionService decisionService;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Clock clock;

  Stages(
      StageRepository stages,
      Cases cases,
      LevelHistory levels,
      AgencyTasks agencyTasks,
      ConsentRevisits consentRevisits,
      DecisionService decisionService,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      Clock clock) {
    this.stages = stages;
    this.cases = cases;
    this.levels = levels;
    this.agencyTasks = agencyTasks;
    this.consentRevisits = consentRevisits;
    this.decisionService = decisionService;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** A stage as the case file shows it, with what happened in it. */
  public record StageRecord(
      long id,
      String subject,
      String stage,
      String stageName,
      String startedBy,
      LocalDate startsOn,
      LocalDate endsOn,
      String status,
      LocalDate endedOn,
      List<StageEventRecord> events) {}

  /** Something that happened in a stage: started, re-dated, born, a step missed, ended. */
  public record StageEventRecord(
      String kind, String detail, String recordedBy, OffsetDateTime recordedAt) {}

  /** The stages of the case, oldest first. */
  public List<StageRecord> of(FamilyCase familyCase) {
    Map<Long, List<StageEventRecord>> events = new HashMap<>();
    for (StageRepository.StageEvent event : stages.events(familyCase.id())) {
      events
          .computeIfAbsent(event.stageId(), id -> new java.util.ArrayList<>())
          .add(
              new StageEventRecord(
                  event.kind(), event.detail(), event.recordedBy(), event.recordedAt()));
    }
    Map<Long, String> adults = new HashMap<>();
    cases.adults(familyCase.id()).forEach(adult -> adults.put(adult.id(), adult.name()));
    Map<Long, String> children = new HashMap<>();
    cases.children(familyCase.id()).forEach(child -> children.put(child.id(), child.name()));
    Map<Long, String> pregnancies = new HashMap<>();
    stages
        .pregnancies(familyCase.id())
        .forEach(
            pregnancy ->
                pregnancies.put(pregnancy.id(), "Pregnancy of " + adults.get(pregnancy.adultId())));
    return stages.stages(familyCase.id()).stream()
        .map(
            stage ->
                new StageRecord(
                    stage.id(),
                    stage.childId() == null
                        ? pregnancies.get(stage.pregnancyId())
                        : children.get(stage.childId()),
                    stage.stage(),
                    StageCalendar.name(stage.stage()),
                    stage.startedBy(),
                    stage.startsOn(),
                    stage.endsOn(),
                    stage.status(),
                    stage.endedOn(),
                    events.getOrDefault(stage.id(), List.of())))
        .toList();
  }

  /** A pregnancy pathway for each pregnancy of the case and one for each child. */
  void startPathways(FamilyCase familyCase, String startedBy) {
    for (CaseAdult adult : cases.adults(familyCase.id())) {
      if (adult.pregnant() && adult.expectedDeliveryDate() != null) {
        startPregnancy(familyCase, adult, adult.expectedDeliveryDate(), startedBy);
      }
    }
    for (CaseChild child : cases.children(familyCase.id())) {
      startChild(familyCase, child);
    }
  }

  /**
   * Open cases referred before the pregnancy pathway existed get their pathways: a pregnancy or a
   * child under 18 and no stage yet. One batch per transaction; returns how many cases were done.
   */
  @org.springframework.transaction.annotation.Transactional
  public int startMissingPathways(int batch) {
    List<String> references = stages.openCasesWithoutStages(today().minusYears(18), batch);
    for (String reference : references) {
      FamilyCase familyCase = cases.lock(reference);
      startPathways(familyCase, PregnancyPathway.BY_REFERRAL);
      // Tasks for the level already confirmed: the family pathway plans later levels itself.
      planAll(familyCase);
    }
    return references.size();
  }

  /** Records a pregnancy of an adult on the case and starts its pathway. */
  long startPregnancy(FamilyCase familyCase, CaseAdult adult, LocalDate expected, String by) {
    long id =
        stages.insertPregnancy(familyCase.id(), adult.id(), expected, currentUser.userId(), now());
    cases.updatePregnancy(adult.id(), expected);
    Map<String, Object> variables = variables(familyCase, PregnancyPathway.PREGNANCY, by);
    PregnancyPathway.PREGNANCY_ID.putIn(variables, id);
    startInstance(familyCase, variables);
    return id;
  }

  /** Starts the pathway of a child already on the case, in the stage of their age today. */
  void startChild(FamilyCase familyCase, CaseChild child) {
    StageCalendar.stageOn(child.dateOfBirth(), today())
        .ifPresent(
            stage -> {
              Map<String, Object> variables =
                  variables(familyCase, stage, PregnancyPathway.BY_REFERRAL);
              PregnancyPathway.CHILD_ID.putIn(variables, child.id());
              startInstance(familyCase, variables);
            });
  }

  private static Map<String, Object> variables(
      FamilyCase familyCase, String stage, String startedBy) {
    Map<String, Object> variables = new HashMap<>();
    PregnancyPathway.CASE_REFERENCE.putIn(variables, familyCase.reference());
    PregnancyPathway.STAGE.putIn(variables, stage);
    PregnancyPathway.STAGE_STARTED_BY.putIn(variables, startedBy);
    return variables;
  }

  private void startInstance(FamilyCase familyCase, Map<String, Object> variables) {
    currentUser.asSystem(
        () ->
            runtimeService.startProcessInstanceByKey(
                PregnancyPathway.KEY, familyCase.reference(), variables));
  }

  /**
   * Records the stage that begins now: a pregnancy runs to its expected date, a child's stage to
   * the birthday that starts the next one.
   */
  StageRepository.Stage open(
      FamilyCase familyCase, String stage, String startedBy, Long pregnancyId, Long childId) {
    LocalDate startsOn;
    LocalDate endsOn;
    if (PregnancyPathway.PREGNANCY.equals(stage)) {
      startsOn = today();
      endsOn = pregnancy(pregnancyId).expectedDeliveryDate();
    } else {
      CaseChild child = child(familyCase, childId);
      startsOn =
          switch (startedBy) {
            case PregnancyPathway.BY_BIRTH -> child.dateOfBirth();
            case PregnancyPathway.BY_BIRTHDAY -> stageStart(stage, child.dateOfBirth());
            default -> today();
          };
      endsOn = StageCalendar.endOf(stage, child.dateOfBirth());
    }
    StageRepository.Stage opened =
        stages.insertStage(
            familyCase.id(), pregnancyId, childId, stage, startedBy, startsOn, endsOn);
    event(
        opened.id(),
        "STARTED",
        StageCalendar.name(stage)
            + " began on "
            + startsOn
            + (endsOn == null ? "" : "; it runs to " + endsOn)
            + ".");
    return opened;
  }

  private static LocalDate stageStart(String stage, LocalDate dateOfBirth) {
    LocalDate day = dateOfBirth;
    while (!StageCalendar.stageOn(dateOfBirth, day).map(stage::equals).orElse(false)) {
      day = day.plusYears(1);
    }
    return day;
  }

  StageRepository.Pregnancy pregnancy(long id) {
    return stages.pregnancy(id).orElseThrow(() -> new IllegalStateException("No pregnancy " + id));
  }

  CaseChild child(FamilyCase familyCase, long childId) {
    return cases.children(familyCase.id()).stream()
        .filter(child -> child.id() == childId)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No child " + childId + " on the case"));
  }

  /** Plans the tasks of every stage under way on the case; nothing before a confirmed level. */
  void planAll(FamilyCase familyCase) {
    for (StageRepository.Stage stage : stages.activeStages(familyCase.id())) {
      plan(familyCase, stage);
    }
  }

  /**
   * Starts the stage's tasks DMN {@code stage-tasks} gives for the family as it stands. Each task
   * is planned once per stage: done work does not come back at the next level decision. Tasks wait
   * for the first confirmed level, which comes after the family was asked about consent.
   */
  void plan(FamilyCase familyCase, StageRepository.Stage stage) {
    if (familyCase.currentLevel() == null) {
      return;
    }
    Set<String> planned = agencyTasks.plannedForStage(stage.id());
    boolean anyHeld = false;
    for (DmnDecisionResultEntries row : evaluate(familyCase, stage)) {
      String agency = row.getEntry("agency");
      String task = row.getEntry("task");
      if (planned.contains(agency + ":" + task)) {
        continue;
      }
      String dueFrom = row.getEntry("dueFrom");
      int offset = ((Number) row.getEntry("dueOffsetDays")).intValue();
      OffsetDateTime due = due(stage, dueFrom, offset);
      AgencyTasks.Routed routed =
          agencyTasks.route(
              familyCase,
              AgencyTasks.NewTask.ofStage(
                  agency,
                  task,
                  row.getEntry("reason"),
                  due,
                  daysUntil(due),
                  stage.id(),
                  dueFrom,
                  offset));
      anyHeld |= routed == AgencyTasks.Routed.HELD;
    }
    if (anyHeld) {
      consentRevisits.request(familyCase);
    }
  }

  private List<DmnDecisionResultEntries> evaluate(
      FamilyCase familyCase, StageRepository.Stage stage) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("stage", stage.stage());
    inputs.put("startedBy", stage.startedBy());
    inputs.put("level", familyCase.currentLevel());
    boolean substanceUse = false;
    boolean drugUse = false;
    for (CaseAdult adult : cases.adults(familyCase.id())) {
      for (String substance : cases.substances(adult.id())) {
        substanceUse |= !"none".equalsIgnoreCase(substance.trim());
        drugUse |= Substances.isDrug(substance);
      }
    }
    LevelDecision.Assessment latest =
        levels.latestDecided(familyCase.id()).map(LevelDecision::assessment).orElse(null);
    boolean injecting = false;
    if (latest != null) {
      substanceUse |= !"none".equals(latest.substanceUsePattern());
      drugUse |= latest.drugUse();
      injecting = latest.injecting();
    }
    inputs.put("substanceUse", substanceUse);
    inputs.put("drugUse", drugUse);
    inputs.put("injecting", injecting);
    return decisionService
        .evaluateDecisionByKey(PregnancyPathway.STAGE_TASKS_DECISION)
        .variables(inputs)
        .evaluate();
  }

  /** Due at the end of the day the row names, or in 2 days when that date has already passed. */
  OffsetDateTime due(StageRepository.Stage stage, String dueFrom, int offset) {
    LocalDate base = "stage-end".equals(dueFrom) ? stage.endsOn() : stage.startsOn();
    OffsetDateTime due =
        base.plusDays(offset).atTime(DUE_HOUR, 0).atZone(clock.getZone()).toOffsetDateTime();
    OffsetDateTime now = now();
    return due.isBefore(now) ? now.plusDays(LATE_STEP_DAYS) : due;
  }

  private int daysUntil(OffsetDateTime due) {
    return (int) Math.max(1, ChronoUnit.DAYS.between(now(), due));
  }

  /** A step of the stage recorded as missed, as at the end of the stage (on its record). */
  public void stepMissed(long stageId, String detail) {
    event(stageId, "STEP_MISSED", detail);
  }

  void event(long stageId, String kind, String detail) {
    stages.event(stageId, kind, detail, currentUser.userId(), now());
  }

  /** The first moment of the day, in the clock's zone: when a date-driven timer fires. */
  java.util.Date startOfDay(LocalDate day) {
    return java.util.Date.from(day.atStartOfDay(clock.getZone()).toInstant());
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
