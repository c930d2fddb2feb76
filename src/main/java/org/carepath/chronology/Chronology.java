package org.carepath.chronology;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carepath.cases.CaseChild;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.routing.AgencyTasks;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One timeline per case: what the pathway recorded (referral, assessments, levels, consent and
 * sharing, concerns, reviews, tasks done, handoffs, births, support, twin-track steps, children
 * seen) merged with practitioners' own dated entries, each put into plain words. Entries are
 * append-only: a correction is a new entry pointing at the one it corrects.
 */
@Service
public class Chronology {

  static final Set<String> ENTRY_KINDS = Set.of("note", "visit", "meeting", "call", "correction");
  static final int MAX_SUMMARY = 8000;

  private final Cases cases;
  private final ChronologyRepository records;
  private final CurrentUser currentUser;
  private final Clock clock;

  Chronology(Cases cases, ChronologyRepository records, CurrentUser currentUser, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** {@code POST /api/cases/{id}/chronology}. */
  public record NewEntry(
      LocalDate occurredOn, String kind, String summary, String child, Long corrects) {}

  /** One line of the chronology. */
  public record Item(
      OffsetDateTime at,
      String kind,
      String agency,
      String agencyName,
      String by,
      String child,
      String summary,
      Long entryId,
      Long corrects) {}

  /**
   * The whole chronology of a case already authorized by the caller (information governance
   * answering a subject access request, who does not work with the family).
   */
  @Transactional
  public List<Item> whole(FamilyCase familyCase) {
    Map<Long, String> children = childNames(familyCase);
    return records.of(familyCase.id(), null, null, null).stream()
        .map(row -> item(row, children))
        .toList();
  }

  @Transactional
  public List<Item> of(String reference, String child, String agency, String kind) {
    FamilyCase familyCase = cases.requireVisible(reference);
    Map<Long, String> children = childNames(familyCase);
    Long childId = null;
    if (child != null && !child.isBlank()) {
      childId =
          childNamed(familyCase, child, "child", new ArrayList<>())
              .map(CaseChild::id)
              .orElseThrow(
                  () ->
                      ApiProblem.invalid(
                          List.of(new FieldProblem("child", "is not a child on this case"))));
    }
    return records.of(familyCase.id(), childId, blankToNull(agency), blankToNull(kind)).stream()
        .map(row -> item(row, children))
        .toList();
  }

  @Transactional
  public Item add(String reference, NewEntry body) {
    FamilyCase familyCase = cases.requireWorkingOn(reference);
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (body.occurredOn() == null) {
      problems.add(new FieldProblem("occurredOn", "is required: the day it happened"));
    } else if (body.occurredOn().isAfter(today)) {
      problems.add(new FieldProblem("occurredOn", "cannot be in the future"));
    } else if (body.occurredOn().isBefore(familyCase.referredAt().toLocalDate().minusYears(18))) {
      problems.add(new FieldProblem("occurredOn", "is more than 18 years before the referral"));
    }
    if (body.kind() == null || !ENTRY_KINDS.contains(body.kind())) {
      problems.add(
          new FieldProblem("kind", "must be one of " + ENTRY_KINDS.stream().sorted().toList()));
    }
    String summary = body.summary() == null ? "" : body.summary().trim();
    if (summary.isEmpty()) {
      problems.add(new FieldProblem("summary", "is required: what happened, in plain words"));
    } else if (summary.length() > MAX_SUMMARY) {
      problems.add(new FieldProblem("summary", "must be at most " + MAX_SUMMARY + " characters"));
    }
    Optional<CaseChild> child =
        body.child() == null || body.child().isBlank()
            ? Optional.empty()
            : childNamed(familyCase, body.child(), "child", problems);
    if ("correction".equals(body.kind()) && body.corrects() == null) {
      problems.add(
          new FieldProblem("corrects", "is required for a correction: the entry it corrects"));
    }
    if (body.corrects() != null
        && records.entry(body.corrects()).filter(e -> e.caseId() == familyCase.id()).isEmpty()) {
      problems.add(new FieldProblem("corrects", "is not an entry of this case's chronology"));
    }
    String agency = agencyOf(familyCase);
    if (agency == null) {
      throw new ApiProblem(
          org.springframework.http.HttpStatus.FORBIDDEN,
          "not-working-with-family",
          "Only an agency working with the family can add to its chronology.",
          List.of());
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id =
        records.insertEntry(
            familyCase.id(),
            body.occurredOn(),
            body.kind(),
            agency,
            child.map(CaseChild::id).orElse(null),
            summary,
            currentUser.userId(),
            now,
            body.corrects());
    return new Item(
        body.occurredOn().atStartOfDay(clock.getZone()).toOffsetDateTime(),
        "entry",
        agency,
        Agencies.name(agency),
        currentUser.userId(),
        child.map(CaseChild::name).orElse(null),
        entrySummary(body.kind(), summary, body.corrects()),
        id,
        body.corrects());
  }

  /** The agency the user acts for on this case: one of theirs that works with the family. */
  String agencyOf(FamilyCase familyCase) {
    List<String> working = cases.agencies(familyCase.id());
    return currentUser.groupIds().stream().filter(working::contains).findFirst().orElse(null);
  }

  Optional<CaseChild> childNamed(
      FamilyCase familyCase, String name, String field, List<FieldProblem> problems) {
    Optional<CaseChild> child = cases.childNamed(familyCase.id(), name);
    if (child.isEmpty()) {
      problems.add(new FieldProblem(field, "is not a child on this case"));
    }
    return child;
  }

  private Map<Long, String> childNames(FamilyCase familyCase) {
    Map<Long, String> names = new HashMap<>();
    cases.children(familyCase.id()).forEach(child -> names.put(child.id(), child.name()));
    return names;
  }

  private static Item item(ChronologyRepository.Row row, Map<Long, String> children) {
    return new Item(
        row.at(),
        row.kind(),
        row.agency(),
        row.agency() == null ? null : Agencies.name(row.agency()),
        row.byUser(),
        row.childId() == null ? null : children.get(row.childId()),
        summary(row),
        row.entryId(),
        row.correctsId());
  }

  /** Each kind of record in the words a practitioner would use. */
  static String summary(ChronologyRepository.Row row) {
    String detail = row.detail() == null ? "" : row.detail();
    return switch (row.kind()) {
      case "referral" -> "Referred: " + detail;
      case "immediate-risk" ->
          "A child at immediate risk of harm at referral; children's social care asked for a"
              + " strategy discussion today: "
              + detail;
      case "assessment" -> "Family assessed; Level " + row.subject() + " proposed. " + detail;
      case "level" ->
          "Level "
              + row.extra()
              + switch (row.subject()) {
                case "OVERRIDDEN" -> " decided over the proposal: " + detail;
                case "COUNTERSIGN" ->
                    " asked for over the proposal, for a manager to countersign; the higher"
                        + " level stands until then: "
                        + detail;
                default -> " confirmed";
              };
      case "significant-harm" ->
          "Judged that a child is suffering, or likely to suffer, significant harm: " + detail;
      case "countersignature" ->
          switch (row.subject()) {
                case "AGREED" -> "Change of level countersigned by a manager; Level ";
                case "DECLINED" -> "Change of level not countersigned by a manager; Level ";
                default -> "Countersignature no longer needed (a newer assessment); Level ";
              }
              + row.extra()
              + " applies: "
              + detail;
      case "consent" -> "Consent to share information: " + row.subject() + ". " + detail;
      case "sharing" ->
          ("shared".equals(row.subject())
                  ? "Information shared with "
                  : "Information not shared with ")
              + Agencies.name(row.agency())
              + " ("
              + row.extra()
              + "). "
              + detail;
      case "concern" -> "Concern raised: " + detail;
      case "review" -> "Review at Level " + row.extra() + " (" + row.subject() + "): " + detail;
      case "task" ->
          AgencyTasks.title(row.subject())
              + " "
              + row.extra().toLowerCase(java.util.Locale.ROOT)
              + (detail.isEmpty() ? "" : ": " + detail);
      case "handoff" -> "Handoff to " + Agencies.name(row.extra()) + " asked for: " + detail;
      case "handoff-answer" ->
          "Handoff from "
              + Agencies.name(row.extra())
              + " "
              + row.subject().toLowerCase(java.util.Locale.ROOT)
              + (detail.isEmpty() ? "" : ": " + detail);
      case "birth" -> "Baby born";
      case "pregnancy-ended" ->
          "The pregnancy ended without a birth ("
              + ("loss".equals(row.subject()) ? "a loss" : "a termination")
              + "); the midwife offers the mother care and the family is reassessed";
      case "support-started" -> "Support after recovery began. " + detail;
      case "support-ended" ->
          ("ENDED".equals(row.subject())
                  ? "Support after recovery ended: "
                  : "Back to the pathway: ")
              + detail;
      case "check-in" -> "Check-in (" + row.subject() + "): " + detail;
      case "twin-track" -> "Twin-track plan, " + row.extra() + ": " + detail;
      case "reopened" -> "Case reopened by a concern: " + detail;
      case "child-seen" ->
          ("alone".equals(row.subject()) ? "Seen and spoken to alone. " : "Seen and spoken to. ")
              + "In their words: "
              + detail;
      case "audit" ->
          "Managers' audit at Level "
              + row.extra()
              + ("0".equals(row.subject())
                  ? ": nothing missing"
                  : ": " + row.subject() + " of the checklist's questions answered no")
              + (detail.isEmpty() ? "" : ". " + detail);
      case "audit-answered" -> "What the lead professional did about the audit: " + detail;
      case "overdue" ->
          "Overdue and escalated to managers and the lead professional: "
              + detail
              + " (due "
              + row.extra()
              + ("1".equals(row.subject()) ? ")" : "; escalated " + row.subject() + " times)");
      case "finding" ->
          "What "
              + Agencies.name(row.agency())
              + " found ("
              + AgencyTasks.title(row.extra())
              + "): "
              + detail;
      case "finding-answered" ->
          ("reassess".equals(row.subject())
                  ? "Reassessment asked for after what "
                  : "Going on with the plan after what ")
              + Agencies.name(row.agency())
              + " found: "
              + detail;
      case "redated" -> row.extra() + " given a new date, " + row.subject() + ": " + detail;
      case "entry" -> entrySummary(row.subject(), detail, row.correctsId());
      default -> detail;
    };
  }

  private static String entrySummary(String kind, String summary, Long corrects) {
    String label =
        switch (kind) {
          case "visit" -> "Visit: ";
          case "meeting" -> "Meeting: ";
          case "call" -> "Call: ";
          case "correction" -> "Correction to entry " + corrects + ": ";
          default -> "";
        };
    return label + summary;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
