package org.carepath.stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.CaseAdult;
import org.carepath.cases.CaseChild;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pregnancies recorded after referral, new expected dates and births. Each checks everything first
 * and stores nothing when any field is wrong; each moves the pregnancy pathway in the same
 * transaction as our record.
 */
@Service
public class Pregnancies {

  /** A live birth well before the expected date is possible; 24 weeks earlier is a typing error. */
  static final int MAX_WEEKS_EARLY = 24;

  private final Cases cases;
  private final StageRepository stageRecords;
  private final Stages stages;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  Pregnancies(
      Cases cases,
      StageRepository stageRecords,
      Stages stages,
      RuntimeService runtimeService,
      CurrentUser currentUser) {
    this.cases = cases;
    this.stageRecords = stageRecords;
    this.stages = stages;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  /** {@code POST /api/cases/{id}/pregnancies}. */
  public record NewPregnancy(String adult, LocalDate expectedDeliveryDate) {}

  /** {@code PUT /api/cases/{id}/pregnancies/{pregnancyId}/expected-date}. */
  public record NewDate(LocalDate expectedDeliveryDate, String reason) {}

  /** {@code POST /api/cases/{id}/births}. */
  public record Birth(String mother, String childName, LocalDate dateOfBirth, String livesWith) {}

  /** {@code POST /api/cases/{id}/pregnancies/{pregnancyId}/end}: a loss or a termination. */
  public record EndOfPregnancy(String how, LocalDate endedOn) {}

  static final java.util.Set<String> ENDINGS = java.util.Set.of("loss", "termination");

  /** What the API answers about a pregnancy. */
  public record PregnancyRecord(
      long id,
      String adult,
      LocalDate expectedDeliveryDate,
      String status,
      LocalDate bornOn,
      String child) {}

  @Transactional
  public PregnancyRecord record(String reference, NewPregnancy body) {
    FamilyCase familyCase = openCase(reference);
    List<FieldProblem> problems = new ArrayList<>();
    Optional<CaseAdult> adult = adult(familyCase, body.adult(), "adult", problems);
    checkExpectedDate(body.expectedDeliveryDate(), problems);
    adult
        .flatMap(found -> stageRecords.expectedPregnancyOf(found.id()))
        .ifPresent(
            expected ->
                problems.add(
                    new FieldProblem(
                        "adult",
                        "already has a pregnancy expected on "
                            + expected.expectedDeliveryDate()
                            + ": change its date instead")));
    refuseIfAny(problems);
    long id =
        stages.startPregnancy(
            familyCase,
            adult.orElseThrow(),
            body.expectedDeliveryDate(),
            PregnancyPathway.BY_RECORDING);
    return view(stageRecords.pregnancy(id).orElseThrow(), familyCase);
  }

  @Transactional
  public PregnancyRecord redate(String reference, long pregnancyId, NewDate body) {
    FamilyCase familyCase = openCase(reference);
    StageRepository.Pregnancy pregnancy = pregnancyOf(familyCase, pregnancyId);
    List<FieldProblem> problems = new ArrayList<>();
    checkExpectedDate(body.expectedDeliveryDate(), problems);
    if (body.reason() == null || body.reason().isBlank()) {
      problems.add(new FieldProblem("reason", "is required: say why the date changed"));
    } else if (body.reason().length() > 4000) {
      problems.add(new FieldProblem("reason", "must be at most 4000 characters"));
    }
    refuseIfAny(problems);
    if (!StageRepository.EXPECTED.equals(pregnancy.status())) {
      throw ApiProblem.conflict(
          "pregnancy-ended", "This baby is already born; the expected date cannot change.");
    }
    StageRepository.Stage stage = stageRecords.activeStageOfPregnancy(pregnancy.id()).orElseThrow();
    LocalDate previous = pregnancy.expectedDeliveryDate();
    stageRecords.redate(pregnancy.id(), body.expectedDeliveryDate());
    stageRecords.moveEnd(stage.id(), body.expectedDeliveryDate());
    cases.updatePregnancy(pregnancy.adultId(), body.expectedDeliveryDate());
    stages.event(
        stage.id(),
        "REDATED",
        "Expected date changed from "
            + previous
            + " to "
            + body.expectedDeliveryDate()
            + ": "
            + body.reason().trim());
    correlate(PregnancyPathway.REDATED_MESSAGE, familyCase, pregnancy.id(), null);
    return view(stageRecords.pregnancy(pregnancy.id()).orElseThrow(), familyCase);
  }

  @Transactional
  public PregnancyRecord recordBirth(String reference, Birth body) {
    FamilyCase familyCase = openCase(reference);
    List<FieldProblem> problems = new ArrayList<>();
    Optional<CaseAdult> mother = adult(familyCase, body.mother(), "mother", problems);
    Optional<StageRepository.Pregnancy> pregnancy =
        mother.flatMap(found -> stageRecords.expectedPregnancyOf(found.id()));
    if (mother.isPresent() && pregnancy.isEmpty()) {
      problems.add(
          new FieldProblem("mother", "has no pregnancy recorded on this case: record it first"));
    }
    if (body.childName() == null || body.childName().isBlank()) {
      problems.add(new FieldProblem("childName", "is required"));
    } else if (body.childName().length() > 200) {
      problems.add(new FieldProblem("childName", "must be at most 200 characters"));
    }
    if (body.livesWith() != null && body.livesWith().length() > 200) {
      problems.add(new FieldProblem("livesWith", "must be at most 200 characters"));
    }
    LocalDate born = body.dateOfBirth();
    if (born == null) {
      problems.add(new FieldProblem("dateOfBirth", "is required"));
    } else if (born.isAfter(stages.today())) {
      problems.add(new FieldProblem("dateOfBirth", "is in the future"));
    } else if (pregnancy.isPresent()
        && born.isBefore(pregnancy.get().expectedDeliveryDate().minusWeeks(MAX_WEEKS_EARLY))) {
      problems.add(
          new FieldProblem(
              "dateOfBirth",
              "is more than " + MAX_WEEKS_EARLY + " weeks before the expected date"));
    }
    refuseIfAny(problems);
    String livesWith =
        body.livesWith() == null || body.livesWith().isBlank()
            ? mother.orElseThrow().name()
            : body.livesWith().trim();
    CaseChild child = cases.addChild(familyCase.id(), body.childName().trim(), born, livesWith);
    StageRepository.Pregnancy expected = pregnancy.orElseThrow();
    stageRecords.born(expected.id(), born, child.id());
    cases.updatePregnancy(expected.adultId(), null);
    stageRecords
        .activeStageOfPregnancy(expected.id())
        .ifPresent(
            stage ->
                stages.event(
                    stage.id(),
                    "BORN",
                    child.name()
                        + " was born on "
                        + born
                        + " (expected "
                        + expected.expectedDeliveryDate()
                        + ")."));
    correlate(PregnancyPathway.BIRTH_MESSAGE, familyCase, expected.id(), child.id());
    return view(stageRecords.pregnancy(expected.id()).orElseThrow(), familyCase);
  }

  /**
   * A pregnancy that ends without a birth: it stops driving the level and the chase for a birth
   * date, its stage's work ends as no longer needed, and the midwife is asked to offer the mother
   * care; the family is reassessed.
   */
  @Transactional
  public PregnancyRecord endWithoutBirth(String reference, long pregnancyId, EndOfPregnancy body) {
    FamilyCase familyCase = openCase(reference);
    StageRepository.Pregnancy pregnancy = pregnancyOf(familyCase, pregnancyId);
    List<FieldProblem> problems = new ArrayList<>();
    if (body.how() == null || !ENDINGS.contains(body.how())) {
      problems.add(new FieldProblem("how", "must be 'loss' or 'termination'"));
    }
    if (body.endedOn() == null) {
      problems.add(new FieldProblem("endedOn", "is required"));
    } else if (body.endedOn().isAfter(stages.today())) {
      problems.add(new FieldProblem("endedOn", "is in the future"));
    }
    refuseIfAny(problems);
    if (!StageRepository.EXPECTED.equals(pregnancy.status())) {
      throw ApiProblem.conflict(
          "pregnancy-ended", "This pregnancy has already ended; nothing was changed.");
    }
    stageRecords.endedWithoutBirth(pregnancy.id(), body.endedOn(), body.how());
    cases.updatePregnancy(pregnancy.adultId(), null);
    stageRecords
        .activeStageOfPregnancy(pregnancy.id())
        .ifPresent(
            stage ->
                stages.event(
                    stage.id(),
                    "PREGNANCY_ENDED",
                    "The pregnancy ended on "
                        + body.endedOn()
                        + " ("
                        + ("loss".equals(body.how()) ? "a loss" : "a termination")
                        + ")."));
    correlate(PregnancyPathway.ENDED_MESSAGE, familyCase, pregnancy.id(), null);
    return view(stageRecords.pregnancy(pregnancy.id()).orElseThrow(), familyCase);
  }

  private void correlate(String message, FamilyCase familyCase, long pregnancyId, Long childId) {
    try {
      currentUser.asSystem(
          () -> {
            var correlation =
                runtimeService
                    .createMessageCorrelation(message)
                    .processInstanceBusinessKey(familyCase.reference())
                    .processInstanceVariableEquals(
                        PregnancyPathway.PREGNANCY_ID.name(), pregnancyId);
            if (childId != null) {
              correlation.setVariable(PregnancyPathway.CHILD_ID.name(), childId);
            }
            return correlation.correlateWithResult();
          });
    } catch (MismatchingMessageCorrelationException e) {
      // Rolled back with everything above: the pathway is between steps (e.g. starting).
      throw ApiProblem.conflict(
          "pregnancy-pathway-busy",
          "The pregnancy pathway of this case is not ready for this yet. Try again in a moment.");
    }
  }

  private StageRepository.Pregnancy pregnancyOf(FamilyCase familyCase, long pregnancyId) {
    return stageRecords
        .pregnancy(pregnancyId)
        .filter(found -> found.caseId() == familyCase.id())
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    "pregnancy-not-found",
                    "There is no pregnancy "
                        + pregnancyId
                        + " on case "
                        + familyCase.reference()
                        + "."));
  }

  private FamilyCase openCase(String reference) {
    FamilyCase familyCase = cases.requireWorkingOn(reference);
    familyCase = cases.lock(familyCase.reference());
    if (!familyCase.isOpen()) {
      throw ApiProblem.conflict("case-closed", "Case " + reference + " is closed.");
    }
    return familyCase;
  }

  private Optional<CaseAdult> adult(
      FamilyCase familyCase, String name, String field, List<FieldProblem> problems) {
    if (name == null || name.isBlank()) {
      problems.add(new FieldProblem(field, "is required: the adult's name as on the case"));
      return Optional.empty();
    }
    Optional<CaseAdult> adult = cases.adultNamed(familyCase.id(), name);
    if (adult.isEmpty()) {
      problems.add(new FieldProblem(field, "is not an adult on this case"));
    }
    return adult;
  }

  private void checkExpectedDate(LocalDate expected, List<FieldProblem> problems) {
    LocalDate today = stages.today();
    if (expected == null) {
      problems.add(new FieldProblem("expectedDeliveryDate", "is required"));
    } else if (expected.isBefore(today)) {
      problems.add(
          new FieldProblem(
              "expectedDeliveryDate", "is in the past: record the birth if the baby is born"));
    } else if (expected.isAfter(today.plusWeeks(PregnancyPathway.MAX_WEEKS_TO_DELIVERY))) {
      problems.add(
          new FieldProblem(
              "expectedDeliveryDate",
              "is more than " + PregnancyPathway.MAX_WEEKS_TO_DELIVERY + " weeks away"));
    }
  }

  private static void refuseIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
  }

  private PregnancyRecord view(StageRepository.Pregnancy pregnancy, FamilyCase familyCase) {
    String adult =
        cases.adults(familyCase.id()).stream()
            .filter(found -> found.id() == pregnancy.adultId())
            .map(CaseAdult::name)
            .findFirst()
            .orElse(null);
    String child =
        pregnancy.childId() == null ? null : stages.child(familyCase, pregnancy.childId()).name();
    return new PregnancyRecord(
        pregnancy.id(),
        adult,
        pregnancy.expectedDeliveryDate(),
        pregnancy.status(),
        pregnancy.bornOn(),
        child);
  }

  /** The case file's view of the pregnancies and stages. */
  public List<PregnancyRecord> of(FamilyCase familyCase) {
    return stageRecords.pregnancies(familyCase.id()).stream()
        .map(pregnancy -> view(pregnancy, familyCase))
        .toList();
  }
}
