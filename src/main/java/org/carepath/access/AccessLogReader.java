package org.carepath.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.carepath.pathway.Agencies;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.DateRange;
import org.carepath.system.FieldProblem;
import org.carepath.system.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading the access log: a case's log for its lead professional, managers and information
 * governance; every case's log, the chain's check and the unusual-access report for information
 * governance only.
 */
@Service
class AccessLogReader {

  /** One entry as the log shows it. */
  record Entry(
      long id,
      OffsetDateTime at,
      String user,
      List<String> agencies,
      List<String> groups,
      String caseReference,
      String what,
      String seen,
      String surface,
      String outcome,
      boolean agencyWorksWithFamily,
      boolean outsideWorkingHours,
      String correlationId) {}

  record Page(long total, int page, int size, List<Entry> items) {}

  record Query(
      String user,
      String agency,
      String surface,
      String from,
      String to,
      Integer page,
      Integer size) {}

  /** A user who looked into many families none of their agencies works with. */
  record ManyCases(String user, List<String> groups, long cases, long views) {}

  record Unusual(
      LocalDate from,
      LocalDate to,
      int threshold,
      String workingHours,
      List<ManyCases> manyCasesNotServed,
      List<Entry> outsideWorkingHours,
      List<Entry> refused) {}

  record Verification(
      long entries, boolean intact, Long firstBrokenEntry, String problem, String detail) {}

  private static final Set<String> SURFACES =
      Set.of(
          Surfaces.API,
          Surfaces.WORKSPACE,
          Surfaces.ENGINE_REST,
          Surfaces.TASKLIST,
          Surfaces.COCKPIT);

  private static final int MAX_PAGE_SIZE = 200;
  private static final int REPORT_ROWS = 200;

  private final AccessLogRepository log;
  private final AccessLog accessLog;
  private final CurrentUser currentUser;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final int manyCases;

  AccessLogReader(
      AccessLogRepository log,
      AccessLog accessLog,
      CurrentUser currentUser,
      JdbcClient jdbc,
      Clock clock,
      @Value("${carepath.access.unusual-many-cases:10}") int manyCases) {
    this.log = log;
    this.accessLog = accessLog;
    this.currentUser = currentUser;
    this.jdbc = jdbc;
    this.clock = clock;
    this.manyCases = manyCases;
  }

  /** A case's log: for its lead agency's members, managers and information governance. */
  Page ofCase(String reference, Query query) {
    String lead =
        jdbc.sql("select lead_agency from carepath.family_case where reference = :reference")
            .param("reference", reference)
            .query(String.class)
            .optional()
            .orElseThrow(
                () -> ApiProblem.notFound("case-not-found", "There is no case " + reference + "."));
    if (!currentUser.isInAnyGroup(List.of(lead, Roles.MANAGERS, Roles.INFORMATION_GOVERNANCE))) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "access-log-not-yours",
          "Who has seen case "
              + reference
              + " is shown to its lead professional, managers and information governance.",
          List.of());
    }
    return page(reference, query);
  }

  /** Every case's log, for information governance. */
  Page all(String caseReference, Query query) {
    currentUser.requireInformationGovernance("Every case's access log");
    return page(blankToNull(caseReference), query);
  }

  Unusual unusual(String from, String to) {
    currentUser.requireInformationGovernance("The unusual-access report");
    List<FieldProblem> problems = new ArrayList<>();
    DateRange range = DateRange.of(from, to, Period.ofDays(30), clock, problems);
    if (range == null) {
      throw ApiProblem.invalid(problems);
    }
    OffsetDateTime since = range.since(accessLog.zone());
    OffsetDateTime until = range.until(accessLog.zone());
    List<ManyCases> many =
        log.notServedByUser(since, until, manyCases).stream()
            .map(
                row ->
                    new ManyCases(
                        (String) row.get("user_id"),
                        groups((String) row.get("user_groups")),
                        ((Number) row.get("cases")).longValue(),
                        ((Number) row.get("views")).longValue()))
            .toList();
    return new Unusual(
        range.from(),
        range.to(),
        manyCases,
        "Monday to Friday, 08:00 to 18:00 (" + accessLog.zone() + ")",
        many,
        log.inPeriod(since, until, "out_of_hours = true", REPORT_ROWS).stream()
            .map(this::entry)
            .toList(),
        log.inPeriod(since, until, "outcome = 'refused'", REPORT_ROWS).stream()
            .map(this::entry)
            .toList());
  }

  /** Walks the whole chain; the first entry whose link or hash does not hold is named. */
  Verification verify() {
    currentUser.requireInformationGovernance("Checking the access log");
    AccessLogRepository.Head start = log.head();
    long[] count = {0};
    long[] expectedId = {start.firstId()};
    String[] previous = {start.anchorHash()};
    Verification[] broken = {null};
    // Entries written while the walk runs are checked next time.
    log.walk(
        start.lastId(),
        entry -> {
          count[0]++;
          if (broken[0] != null) {
            return;
          }
          if (entry.id() != expectedId[0]) {
            broken[0] =
                broken(
                    count[0],
                    expectedId[0],
                    "missing",
                    "Entry "
                        + expectedId[0]
                        + " is missing: the next entry kept is "
                        + entry.id()
                        + ".");
          } else if (!entry.previousHash().equals(previous[0])) {
            broken[0] =
                broken(
                    count[0],
                    entry.id(),
                    "link-broken",
                    "Entry "
                        + entry.id()
                        + " does not follow the entry before it: one of them was changed.");
          } else if (!entry.hash().equals(entry.computeHash())) {
            broken[0] =
                broken(
                    count[0],
                    entry.id(),
                    "entry-changed",
                    "Entry " + entry.id() + " was changed after it was written.");
          }
          expectedId[0] = entry.id() + 1;
          previous[0] = entry.hash();
        });
    if (broken[0] != null) {
      Verification found = broken[0];
      return new Verification(
          count[0], false, found.firstBrokenEntry(), found.problem(), found.detail());
    }
    AccessLogRepository.Head head = start;
    if (head.lastId() != expectedId[0] - 1 || !head.lastHash().equals(previous[0])) {
      return new Verification(
          count[0],
          false,
          expectedId[0],
          "end-missing",
          "The log ends at entry "
              + (expectedId[0] - 1)
              + " but "
              + head.lastId()
              + " entries were written: entries at the end were removed.");
    }
    return new Verification(count[0], true, null, null, "Every entry is as it was written.");
  }

  private static Verification broken(long count, long id, String problem, String detail) {
    return new Verification(count, false, id, problem, detail);
  }

  private Page page(String reference, Query query) {
    List<FieldProblem> problems = new ArrayList<>();
    int page = query.page() == null ? 0 : query.page();
    int size = query.size() == null ? 50 : query.size();
    if (page < 0) {
      problems.add(new FieldProblem("page", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      problems.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE));
    }
    String surface = blankToNull(query.surface());
    if (surface != null && !SURFACES.contains(surface)) {
      problems.add(
          new FieldProblem(
              "surface",
              "must be one of " + String.join(", ", SURFACES.stream().sorted().toList())));
    }
    OffsetDateTime from = null;
    OffsetDateTime to = null;
    if (blankToNull(query.from()) != null || blankToNull(query.to()) != null) {
      DateRange range =
          DateRange.of(query.from(), query.to(), Period.ofYears(100), clock, problems);
      if (range != null) {
        from = blankToNull(query.from()) == null ? null : range.since(accessLog.zone());
        to = blankToNull(query.to()) == null ? null : range.until(accessLog.zone());
      }
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    AccessLogRepository.Filter filter =
        new AccessLogRepository.Filter(
            reference, blankToNull(query.user()), blankToNull(query.agency()), surface, from, to);
    return new Page(
        log.count(filter),
        page,
        size,
        log.find(filter, size, page * size).stream().map(this::entry).toList());
  }

  private Entry entry(AccessEntry entry) {
    List<String> groups = groups(entry.userGroups());
    return new Entry(
        entry.id(),
        OffsetDateTime.ofInstant(entry.at(), accessLog.zone()),
        entry.userId(),
        groups.stream().filter(Agencies.ALL::contains).toList(),
        groups,
        entry.caseReference(),
        entry.what(),
        WhatWasSeen.words(entry.what()),
        entry.surface(),
        entry.outcome(),
        entry.served(),
        entry.outOfHours(),
        entry.correlationId());
  }

  private static List<String> groups(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
