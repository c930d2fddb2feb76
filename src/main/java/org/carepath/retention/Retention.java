package org.carepath.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carepath.access.ReadsOfFamilies;
import org.carepath.pathway.Agencies;
import org.carepath.reports.HiddenHarmDataset;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each case record is kept (decision {@code retention-periods}), legal holds, and the
 * destruction of records past their time: listed each night, checked by one person in information
 * governance, approved by a second, only then destroyed, leaving an anonymous tombstone.
 */
@Service
class Retention {

  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  static final Set<String> HEALTH_CHILD =
      Set.of(
          Agencies.MIDWIFERY,
          Agencies.HEALTH_VISITING,
          Agencies.GP,
          Agencies.CAMHS,
          Agencies.YOUNG_PEOPLES_DRUG_SERVICE);

  record Due(LocalDate dueOn, List<String> recordClasses, List<String> reasons) {}

  record CaseRetention(
      String caseReference,
      String status,
      LocalDate destroyFrom,
      List<String> recordClasses,
      List<String> reasons,
      boolean onLegalHold,
      List<RetentionRepository.Hold> legalHolds) {}

  record ListView(RetentionRepository.ListRow list, List<RetentionRepository.ListedCase> cases) {}

  record HoldRequest(String reason) {}

  private final RetentionRepository records;
  private final RetentionPeriods periods;
  private final Destruction destruction;
  private final HiddenHarmDataset hiddenHarm;
  private final org.carepath.access.AccessLog accessLog;
  private final CurrentUser currentUser;
  private final Clock clock;

  Retention(
      RetentionRepository records,
      RetentionPeriods periods,
      Destruction destruction,
      HiddenHarmDataset hiddenHarm,
      org.carepath.access.AccessLog accessLog,
      CurrentUser currentUser,
      Clock clock) {
    this.accessLog = accessLog;
    this.records = records;
    this.periods = periods;
    this.destruction = destruction;
    this.hiddenHarm = hiddenHarm;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** When a closed case may be destroyed: the latest date of every class of record it holds. */
  Due due(RetentionRepository.ClosedCase closed) {
    List<String> agencies = records.agencies(closed.id());
    List<LocalDate> children = records.childrenBorn(closed.id());
    Set<String> classes = new LinkedHashSet<>();
    classes.add("early-help");
    if (agencies.contains(Agencies.CHILDRENS_SOCIAL_CARE) || closed.highestLevel() >= 3) {
      classes.add("childrens-social-care");
    }
    if (closed.twinTrack()) {
      classes.add("looked-after-child");
    }
    if (agencies.stream().anyMatch(HEALTH_CHILD::contains)) {
      classes.add("health-child");
    }
    if (closed.pregnancy() || agencies.contains(Agencies.MIDWIFERY)) {
      classes.add("maternity");
    }
    if (agencies.contains(Agencies.DRUG_ALCOHOL_SERVICE)) {
      classes.add("health-adult");
    }
    LocalDate closedOn = closed.closedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    LocalDate latest = closedOn;
    Set<String> reasons = new LinkedHashSet<>();
    for (String recordClass : classes) {
      RetentionPeriods.Rule rule = periods.of(recordClass, null);
      if (rule.yearsAfterClosure() != null) {
        latest = later(latest, closedOn.plusYears(rule.yearsAfterClosure()));
        reasons.add(rule.reason());
      }
      if (rule.untilAge() != null) {
        for (LocalDate born : children) {
          int ageAtClosure = Period.between(born, closedOn).getYears();
          RetentionPeriods.Rule forChild = periods.of(recordClass, ageAtClosure);
          if (forChild.untilAge() != null) {
            latest = later(latest, born.plusYears(forChild.untilAge()));
            reasons.add(forChild.reason());
          }
        }
      }
    }
    return new Due(latest, List.copyOf(classes), List.copyOf(reasons));
  }

  /** The access log's own period: entries about records destroyed longer ago than it go. */
  int pruneAccessLog() {
    RetentionPeriods.Rule rule = periods.of("access-log", null);
    if (rule.yearsAfterClosure() == null) {
      return 0;
    }
    int removed = accessLog.prune(OffsetDateTime.now(clock).minusYears(rule.yearsAfterClosure()));
    if (removed > 0) {
      log.info("Removed {} access-log entries past their retention", removed);
    }
    return removed;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  /** The nightly step: lists closed, unheld cases past their date that are on no open list. */
  @Transactional
  int listDue() {
    LocalDate today = LocalDate.now(clock);
    Set<String> listed = new HashSet<>(records.onOpenLists());
    Map<RetentionRepository.ClosedCase, Due> due = new HashMap<>();
    for (RetentionRepository.ClosedCase closed : records.closedCases()) {
      if (listed.contains(closed.reference()) || records.held(closed.id())) {
        continue;
      }
      Due when = due(closed);
      if (!when.dueOn().isAfter(today)) {
        due.put(closed, when);
      }
    }
    if (due.isEmpty()) {
      return 0;
    }
    long list = records.newList(OffsetDateTime.now(clock));
    due.forEach(
        (closed, when) ->
            records.addToList(
                list,
                closed.reference(),
                when.dueOn(),
                String.join(",", when.recordClasses()),
                String.join(" ", when.reasons())));
    log.info("Listed {} case records due for destruction on list {}", due.size(), list);
    return due.size();
  }

  // Not read-only: evaluating retention-periods writes the engine's decision history.
  @Transactional
  CaseRetention of(String reference) {
    currentUser.requireInformationGovernance("Retention");
    long caseId = caseId(reference);
    var closed = records.closedCase(reference);
    Due due = closed.map(this::due).orElse(null);
    ReadsOfFamilies.shown(List.of(reference));
    return new CaseRetention(
        reference,
        closed.isPresent() ? "CLOSED" : "OPEN",
        due == null ? null : due.dueOn(),
        due == null ? List.of() : due.recordClasses(),
        due == null
            ? List.of("An open case is kept: its retention runs from when it closes.")
            : due.reasons(),
        records.held(caseId),
        records.holds(caseId));
  }

  @Transactional
  CaseRetention placeHold(String reference, HoldRequest body) {
    if (!currentUser.isInAnyGroup(List.of(Roles.INFORMATION_GOVERNANCE, Roles.MANAGERS))) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "information-governance-only",
          "A legal hold is placed by information governance or a manager.",
          List.of());
    }
    long caseId = caseId(reference);
    records.placeHold(
        caseId,
        reason(body, "what the hold is for: the inquiry, claim or litigation"),
        currentUser.userId(),
        OffsetDateTime.now(clock));
    return currentUser.isInAnyGroup(List.of(Roles.INFORMATION_GOVERNANCE))
        ? of(reference)
        : new CaseRetention(reference, null, null, List.of(), List.of(), true, List.of());
  }

  @Transactional
  CaseRetention liftHold(String reference, HoldRequest body) {
    currentUser.requireInformationGovernance("Lifting a legal hold");
    long caseId = caseId(reference);
    String reason = reason(body, "why the hold can end (the inquiry or litigation concluded)");
    if (records.liftHolds(caseId, reason, currentUser.userId(), OffsetDateTime.now(clock)) == 0) {
      throw ApiProblem.conflict(
          "no-legal-hold", "Case " + reference + " is not under a legal hold.");
    }
    return of(reference);
  }

  @Transactional(readOnly = true)
  List<ListView> lists() {
    currentUser.requireInformationGovernance("Destruction lists");
    List<ListView> views = new ArrayList<>();
    for (RetentionRepository.ListRow list : records.lists()) {
      views.add(new ListView(list, records.listed(list.id())));
    }
    ReadsOfFamilies.shown(
        views.stream()
            .flatMap(v -> v.cases().stream())
            .filter(c -> c.outcome() == null)
            .map(RetentionRepository.ListedCase::caseReference)
            .toList());
    return views;
  }

  /** The first person in information governance has checked the list. */
  @Transactional
  ListView check(long id) {
    currentUser.requireInformationGovernance("Checking a destruction list");
    RetentionRepository.ListRow list = lockList(id);
    if (!list.status().equals("listed")) {
      throw ApiProblem.conflict(
          "list-not-waiting", "Destruction list " + id + " was checked already.");
    }
    records.checked(id, currentUser.userId(), OffsetDateTime.now(clock));
    return new ListView(lockList(id), records.listed(id));
  }

  /**
   * A second person approves: each case still closed, unheld and past its date is destroyed; any
   * other stays, with the reason.
   */
  @Transactional
  ListView approve(long id) {
    currentUser.requireInformationGovernance("Approving a destruction list");
    RetentionRepository.ListRow list = lockList(id);
    if (!list.status().equals("checked")) {
      throw ApiProblem.conflict(
          "list-not-checked",
          list.status().equals("destroyed")
              ? "Destruction list " + id + " was approved already."
              : "Destruction list " + id + " must be checked by one person first.");
    }
    if (currentUser.userId().equals(list.checkedBy())) {
      throw ApiProblem.conflict(
          "second-person-needed",
          "You checked destruction list "
              + id
              + ": a second person in information governance must approve it.");
    }
    LocalDate today = LocalDate.now(clock);
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (RetentionRepository.ListedCase listed : records.listed(id)) {
      var closed = records.closedCase(listed.caseReference());
      if (closed.isEmpty()) {
        records.outcome(id, listed.caseReference(), "kept-reopened");
        continue;
      }
      if (records.held(closed.get().id())) {
        records.outcome(id, listed.caseReference(), "kept-on-hold");
        continue;
      }
      Due due = due(closed.get());
      if (due.dueOn().isAfter(today)) {
        records.outcome(id, listed.caseReference(), "kept-not-due");
        continue;
      }
      Map<String, Object> tombstone = new HashMap<>();
      tombstone.put("reference", listed.caseReference());
      tombstone.put("classes", String.join(",", due.recordClasses()));
      tombstone.put(
          "referred", closed.get().referredAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
      tombstone.put(
          "closed", closed.get().closedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
      tombstone.put("due", due.dueOn());
      tombstone.put("destroyed", now);
      tombstone.put("list", id);
      tombstone.put("checked", list.checkedBy());
      tombstone.put("approved", currentUser.userId());
      hiddenHarm.keep(closed.get().id());
      currentUser.asSystem(
          () -> {
            destruction.destroy(closed.get().id(), listed.caseReference());
            return null;
          });
      records.tombstone(tombstone);
      records.outcome(id, listed.caseReference(), "destroyed");
    }
    records.approved(id, currentUser.userId(), now);
    return new ListView(lockList(id), records.listed(id));
  }

  private RetentionRepository.ListRow lockList(long id) {
    return records
        .lockList(id)
        .orElseThrow(
            () ->
                ApiProblem.notFound("list-not-found", "There is no destruction list " + id + "."));
  }

  private long caseId(String reference) {
    return records
        .caseId(reference)
        .orElseThrow(
            () -> ApiProblem.notFound("case-not-found", "There is no case " + reference + "."));
  }

  private static String reason(HoldRequest body, String what) {
    String reason = body == null || body.reason() == null ? "" : body.reason().trim();
    if (reason.isEmpty()) {
      throw ApiProblem.invalid(List.of(new FieldProblem("reason", "is required: " + what)));
    }
    return reason;
  }
}
