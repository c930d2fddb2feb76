package org.carepath.access;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.BreakGlassReview;
import org.carepath.system.ApiProblem;
import org.carepath.system.CorrelationIds;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency ("break-glass") access: a practitioner whose agency does not work with a family reads
 * its record for a few hours, saying why. It never lets them change anything, is logged as such,
 * and is reviewed by the lead professional or information governance within 2 working days.
 */
@Service
public class BreakGlass {

  /** Fewer characters than this cannot say why (the contract). */
  static final int SHORTEST_REASON = 10;

  /** Practitioner judgement: the next two working days, as for other second looks. */
  static final int REVIEW_WITHIN_WORKING_DAYS = 2;

  public record Request(String reason) {}

  public record Granted(
      long id,
      String caseReference,
      OffsetDateTime grantedAt,
      OffsetDateTime expiresAt,
      OffsetDateTime reviewDue,
      String notice) {}

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

  private final BreakGlassRepository grants;
  private final CaseLookup lookup;
  private final AccessLog accessLog;
  private final CurrentUser currentUser;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final Duration lasts;

  BreakGlass(
      BreakGlassRepository grants,
      CaseLookup lookup,
      AccessLog accessLog,
      CurrentUser currentUser,
      RuntimeService runtimeService,
      Clock clock,
      @Value("${carepath.break-glass.duration:PT4H}") Duration lasts) {
    this.grants = grants;
    this.lookup = lookup;
    this.accessLog = accessLog;
    this.currentUser = currentUser;
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.lasts = lasts;
  }

  @Transactional
  public Granted grant(String reference, Request request) {
    String reason = request == null || request.reason() == null ? "" : request.reason().trim();
    BreakGlassRepository.CaseRow found =
        grants
            .findCase(reference)
            .orElseThrow(
                () -> ApiProblem.notFound("case-not-found", "There is no case " + reference + "."));
    List<String> groups = currentUser.groupIds();
    if (!currentUser.isInAnyGroup(Agencies.ALL)) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "break-glass-practitioners-only",
          "Emergency access is for practitioners of an agency. "
              + (currentUser.isInAnyGroup(List.of(Roles.MANAGERS))
                  ? "As a manager you can already see every case."
                  : "Your role does not see families' records."),
          List.of());
    }
    if (lookup.served(List.of(reference), currentUser.userId(), groups).contains(reference)) {
      throw ApiProblem.conflict(
          "break-glass-not-needed",
          "Your agency already works with case " + reference + ": open it as usual.");
    }
    if (reason.length() < SHORTEST_REASON) {
      throw ApiProblem.invalid(
          List.of(
              new FieldProblem(
                  "reason",
                  "must say why you need to see this family now, in at least "
                      + SHORTEST_REASON
                      + " characters")));
    }
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    OffsetDateTime expires = now.plus(lasts);
    OffsetDateTime reviewDue =
        WorkingDays.after(now.atZoneSameInstant(accessLog.zone()), REVIEW_WITHIN_WORKING_DAYS)
            .toOffsetDateTime();
    String userGroups = String.join(",", groups);
    long id =
        grants.insert(
            found.id(), currentUser.userId(), userGroups, reason, now, expires, reviewDue);
    accessLog.recordBreakGlass(
        new AccessLog.Viewer(currentUser.userId(), groups, CorrelationIds.current()),
        reference,
        reason);

    Map<String, Object> variables = new HashMap<>();
    BreakGlassReview.CASE_REFERENCE.putIn(variables, reference);
    BreakGlassReview.LEAD_AGENCY.putIn(variables, found.leadAgency());
    BreakGlassReview.BREAK_GLASS_ID.putIn(variables, id);
    BreakGlassReview.USER.putIn(variables, currentUser.userId());
    BreakGlassReview.USER_AGENCIES.putIn(
        variables,
        String.join(
            ", ", groups.stream().filter(Agencies.ALL::contains).map(Agencies::name).toList()));
    BreakGlassReview.REASON.putIn(variables, reason);
    BreakGlassReview.GRANTED_AT.putIn(variables, shown(now));
    BreakGlassReview.EXPIRES_AT.putIn(variables, shown(expires));
    BreakGlassReview.REVIEW_DUE.putIn(variables, Date.from(reviewDue.toInstant()));
    // The practitioner holds no rights over the review: it is started on the record's behalf.
    currentUser.asSystem(
        () -> runtimeService.startProcessInstanceByKey(BreakGlassReview.KEY, reference, variables));
    return new Granted(
        id,
        reference,
        now,
        expires,
        reviewDue,
        "You can read case "
            + reference
            + " until "
            + shown(expires)
            + ". You cannot change it or work its tasks. Everything you open is recorded, and"
            + " the lead professional or information governance will review why you needed it."
            + " Share what you learn only as the information-sharing rules allow.");
  }

  public record Summary(
      java.time.LocalDate from,
      java.time.LocalDate to,
      long granted,
      long openNow,
      long awaitingReview,
      long reviewOverdue,
      long judgedNotAppropriate,
      List<BreakGlassRepository.Grant> recent) {}

  /** Emergency access in a period, for managers and information governance. */
  Summary summary(String from, String to) {
    if (!currentUser.isInAnyGroup(List.of(Roles.MANAGERS, Roles.INFORMATION_GOVERNANCE))) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "managers-only",
          "Emergency access across cases is for managers and information governance.",
          List.of());
    }
    List<FieldProblem> problems = new java.util.ArrayList<>();
    org.carepath.system.DateRange range =
        org.carepath.system.DateRange.of(from, to, java.time.Period.ofDays(30), clock, problems);
    if (range == null) {
      throw ApiProblem.invalid(problems);
    }
    OffsetDateTime since = range.since(accessLog.zone());
    OffsetDateTime until = range.until(accessLog.zone());
    Map<String, Object> counts = grants.counts(since, until, OffsetDateTime.now(clock));
    List<BreakGlassRepository.Grant> recent = grants.grantedBetween(since, until, 100);
    ReadsOfFamilies.shown(recent.stream().map(BreakGlassRepository.Grant::caseReference).toList());
    return new Summary(
        range.from(),
        range.to(),
        number(counts, "granted"),
        number(counts, "open_now"),
        number(counts, "awaiting_review"),
        number(counts, "review_overdue"),
        number(counts, "not_appropriate"),
        recent);
  }

  /** A sum over no rows is null. */
  private static long number(Map<String, Object> row, String column) {
    return row.get(column) instanceof Number n ? n.longValue() : 0;
  }

  /** Whether the current user holds emergency access to the case now. */
  public boolean holdsNow(long caseId) {
    return grants.active(caseId, currentUser.userId(), OffsetDateTime.now(clock));
  }

  private String shown(OffsetDateTime at) {
    return at.atZoneSameInstant(accessLog.zone()).format(SHOWN);
  }
}
