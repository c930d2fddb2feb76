package org.carepath.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log in schema {@code carepath}: appended under the chain head's row lock, in a
 * transaction of its own, so a refused request's entry is kept and entries are chained in one order
 * across requests and nodes. Nothing here updates or deletes an entry.
 */
@Repository
class AccessLogRepository {

  private static final String COLUMNS =
      "id, at, user_id, user_groups, case_reference, what, surface, outcome, served,"
          + " out_of_hours, correlation_id, detail, previous_hash, hash";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate ownTransaction;

  AccessLogRepository(
      JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Chains and stores the entries, committed before this returns. */
  void append(List<AccessEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    ownTransaction.executeWithoutResult(status -> chain(entries));
  }

  /** Chains and stores the entries in the caller's transaction, committed with its work. */
  void appendJoining(List<AccessEntry> entries) {
    chain(entries);
  }

  /**
   * Moves the case views recorded before the access log existed into it, in one transaction with
   * their removal, once (the chain head's lock keeps two nodes from both moving them).
   */
  int moveEarlierViews() {
    Integer moved =
        ownTransaction.execute(
            status -> {
              lockHead();
              List<AccessEntry> earlier =
                  jdbc.sql(
                          """
                          select l.user_id, l.action, l.accessed_at, c.reference
                            from carepath.case_access_log l
                            join carepath.family_case c on c.id = l.case_id
                           order by l.id
                          """)
                      .query(
                          (rs, row) ->
                              new AccessEntry(
                                  0,
                                  instant(rs, "accessed_at")
                                      .truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                                  rs.getString("user_id"),
                                  "",
                                  rs.getString("reference"),
                                  "VIEW_CHRONOLOGY".equals(rs.getString("action"))
                                      ? WhatWasSeen.CHRONOLOGY
                                      : WhatWasSeen.CASE_FILE,
                                  "api",
                                  AccessEntry.SHOWN,
                                  true,
                                  false,
                                  "earlier",
                                  "Recorded before the access log: groups, surface and hours"
                                      + " not known",
                                  null,
                                  null))
                      .list();
              chain(earlier);
              jdbc.sql("delete from carepath.case_access_log").update();
              return earlier.size();
            });
    return moved == null ? 0 : moved;
  }

  private void chain(List<AccessEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Head head = lockHead();
    long id = head.lastId();
    String previous = head.lastHash();
    List<Object[]> rows = new ArrayList<>(entries.size());
    for (AccessEntry entry : entries) {
      AccessEntry chained = entry.chained(++id, previous);
      previous = chained.hash();
      rows.add(
          new Object[] {
            chained.id(),
            OffsetDateTime.ofInstant(chained.at(), ZoneOffset.UTC),
            chained.userId(),
            chained.userGroups(),
            chained.caseReference(),
            chained.what(),
            chained.surface(),
            chained.outcome(),
            chained.served(),
            chained.outOfHours(),
            chained.correlationId(),
            chained.detail(),
            chained.previousHash(),
            chained.hash()
          });
    }
    batch.batchUpdate(
        "insert into carepath.access_entry ("
            + COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
    jdbc.sql("update carepath.access_chain set last_id = :id, last_hash = :hash where id = 1")
        .param("id", id)
        .param("hash", previous)
        .update();
  }

  record Head(long lastId, String lastHash, long firstId, String anchorHash) {}

  private Head lockHead() {
    return jdbc.sql(
            "select last_id, last_hash, first_id, anchor_hash from carepath.access_chain"
                + " where id = 1 for update")
        .query(RecordRows.of(Head.class))
        .single();
  }

  Head head() {
    return jdbc.sql(
            "select last_id, last_hash, first_id, anchor_hash from carepath.access_chain"
                + " where id = 1")
        .query(
            (rs, row) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
        .single();
  }

  /**
   * Removes the oldest entries no longer kept (of a case destroyed before the cutoff, or of no case
   * and older than it), as a prefix of the chain only: the first entry still kept, and every entry
   * after it, stay, and the chain is re-anchored to the hash the first kept entry follows.
   */
  int prune(OffsetDateTime cutoff) {
    Integer removed =
        ownTransaction.execute(
            status -> {
              Head head = lockHead();
              long lastId = head.lastId();
              long firstId = head.firstId();
              Long keepFrom =
                  jdbc.sql(
                          """
                          select min(e.id) from carepath.access_entry e
                           where not ((e.case_reference is null and e.at < :cutoff)
                                      or exists (select 1 from carepath.case_tombstone t
                                                  where t.reference = e.case_reference
                                                    and t.destroyed_at < :cutoff))
                          """)
                      .param("cutoff", cutoff)
                      .query(Long.class)
                      .optional()
                      .orElse(null);
              long newFirst = keepFrom == null ? lastId + 1 : keepFrom;
              if (newFirst <= firstId) {
                return 0;
              }
              String anchor =
                  keepFrom == null
                      ? head.lastHash()
                      : jdbc.sql("select previous_hash from carepath.access_entry where id = :id")
                          .param("id", keepFrom)
                          .query(String.class)
                          .single();
              int deleted =
                  jdbc.sql("delete from carepath.access_entry where id < :first")
                      .param("first", newFirst)
                      .update();
              jdbc.sql(
                      "update carepath.access_chain set first_id = :first, anchor_hash = :anchor"
                          + " where id = 1")
                  .param("first", newFirst)
                  .param("anchor", anchor)
                  .update();
              return deleted;
            });
    return removed == null ? 0 : removed;
  }

  /** Every entry in chain order, streamed (the log grows without end). */
  void walk(long upTo, Consumer<AccessEntry> each) {
    batch.query(
        "select " + COLUMNS + " from carepath.access_entry where id <= ? order by id",
        (ResultSet rs) -> {
          each.accept(entry(rs));
        },
        upTo);
  }

  /** Filters of the log; null means any. */
  record Filter(
      String caseReference,
      String userId,
      String agency,
      String surface,
      OffsetDateTime from,
      OffsetDateTime to) {}

  List<AccessEntry> find(Filter filter, int limit, int offset) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from carepath.access_entry"
                + where(filter)
                + " order by id desc limit :limit offset :offset")
        .params(params(filter))
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, row) -> entry(rs))
        .list();
  }

  long count(Filter filter) {
    return jdbc.sql("select count(*) from carepath.access_entry" + where(filter))
        .params(params(filter))
        .query(Long.class)
        .single();
  }

  private static String where(Filter filter) {
    List<String> conditions = new ArrayList<>();
    if (filter.caseReference() != null) {
      conditions.add("case_reference = :case");
    }
    if (filter.userId() != null) {
      conditions.add("user_id = :user");
    }
    if (filter.agency() != null) {
      // Groups are stored comma-separated and bounded by commas, so one group never matches
      // another that contains it.
      conditions.add("(',' || user_groups || ',') like :agency");
    }
    if (filter.surface() != null) {
      conditions.add("surface = :surface");
    }
    if (filter.from() != null) {
      conditions.add("at >= :from");
    }
    if (filter.to() != null) {
      conditions.add("at < :to");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static Map<String, Object> params(Filter filter) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("case", filter.caseReference());
    params.put("user", filter.userId());
    params.put("agency", filter.agency() == null ? null : "%," + filter.agency() + ",%");
    params.put("surface", filter.surface());
    params.put("from", filter.from());
    params.put("to", filter.to());
    return params;
  }

  /** Users' views of single families they did not serve, in the period, by user. */
  List<Map<String, Object>> notServedByUser(OffsetDateTime from, OffsetDateTime to, int atLeast) {
    return jdbc.sql(
            """
            select user_id, max(user_groups) as user_groups,
                   count(distinct case_reference) as cases, count(*) as views
              from carepath.access_entry
             where at >= :from and at < :to and served = false and outcome <> 'refused'
               and case_reference is not null and what not in (:lists)
             group by user_id
            having count(distinct case_reference) >= :atLeast
             order by cases desc, user_id
            """)
        .param("from", from)
        .param("to", to)
        .param("lists", List.copyOf(WhatWasSeen.LISTS))
        .param("atLeast", atLeast)
        .query()
        .listOfRows();
  }

  /** Entries in the period matching a condition on outcome, for the unusual-access report. */
  List<AccessEntry> inPeriod(OffsetDateTime from, OffsetDateTime to, String condition, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from carepath.access_entry where at >= :from and at < :to"
                + " and "
                + condition
                + " order by id desc limit :limit")
        .param("from", from)
        .param("to", to)
        .param("limit", limit)
        .query((rs, row) -> entry(rs))
        .list();
  }

  private static AccessEntry entry(ResultSet rs) throws SQLException {
    return new AccessEntry(
        rs.getLong("id"),
        instant(rs, "at"),
        rs.getString("user_id"),
        rs.getString("user_groups"),
        rs.getString("case_reference"),
        rs.getString("what"),
        rs.getString("surface"),
        rs.getString("outcome"),
        rs.getBoolean("served"),
        rs.getBoolean("out_of_hours"),
        rs.getString("correlation_id"),
        rs.getString("detail"),
        rs.getString("previous_hash"),
        rs.getString("hash"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    if (at != null) {
      return at.toInstant();
    }
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
