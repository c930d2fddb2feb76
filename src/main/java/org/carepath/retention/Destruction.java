package org.carepath.retention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes a family's record: the engine's runtime and history of every process of the case
 * (variables, tasks, comments, attachments, decisions), and every row of carepath's record that
 * belongs to it, found from the schema itself (foreign keys to the case, or a case id or reference
 * column), so a table added later is destroyed too. Kept: the access log, the destruction lists and
 * the tombstone, which name the case by reference only.
 */
@Component
class Destruction {

  /** Tables that outlive a case by design. */
  private static final Set<String> KEPT =
      Set.of(
          "access_entry",
          "access_chain",
          "destruction_list",
          "destruction_list_case",
          "case_tombstone",
          "hidden_harm_kept",
          "hidden_harm_kept_adult",
          "hidden_harm_kept_child",
          "flyway_schema_history");

  static final String REASON = "Destroyed at the end of its retention period";

  private final JdbcClient jdbc;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  Destruction(JdbcClient jdbc, RuntimeService runtimeService, HistoryService historyService) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  void destroy(long caseId, String reference) {
    engine(reference);
    record(caseId, reference);
  }

  private void engine(String reference) {
    List<String> instances =
        jdbc.sql(
                """
                select id_ from act_hi_procinst
                 where business_key_ = :r
                    or root_proc_inst_id_ in
                       (select id_ from act_hi_procinst where business_key_ = :r)
                """)
            .param("r", reference)
            .query(String.class)
            .list();
    if (instances.isEmpty()) {
      return;
    }
    List<String> running =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceIds(new HashSet<>(instances))
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .toList();
    if (!running.isEmpty()) {
      runtimeService.deleteProcessInstancesIfExists(running, REASON, true, true, false);
    }
    historyService.deleteHistoricProcessInstancesIfExists(instances);
  }

  private record ForeignKey(String table, String column, String parent, String parentColumn) {}

  private void record(long caseId, String reference) {
    Map<String, Set<String>> columns = new HashMap<>();
    jdbc.sql(
            "select table_name, column_name from information_schema.columns"
                + " where lower(table_schema) = 'carepath'")
        .query(
            (rs, row) -> {
              columns
                  .computeIfAbsent(lower(rs.getString(1)), t -> new HashSet<>())
                  .add(lower(rs.getString(2)));
              return null;
            })
        .list();
    List<ForeignKey> keys =
        jdbc.sql(
                """
                select fk.table_name, fk.column_name, pk.table_name, pk.column_name
                  from information_schema.referential_constraints rc
                  join information_schema.key_column_usage fk
                    on fk.constraint_name = rc.constraint_name
                   and fk.constraint_schema = rc.constraint_schema
                  join information_schema.key_column_usage pk
                    on pk.constraint_name = rc.unique_constraint_name
                   and pk.constraint_schema = rc.unique_constraint_schema
                 where lower(rc.constraint_schema) = 'carepath'
                """)
            .query(
                (rs, row) ->
                    new ForeignKey(
                        lower(rs.getString(1)),
                        lower(rs.getString(2)),
                        lower(rs.getString(3)),
                        lower(rs.getString(4))))
            .list();

    // Which rows of each table are the case's, as a condition; found outward from family_case.
    Map<String, String> rowsOf = new HashMap<>();
    rowsOf.put("family_case", "id = :caseId");
    columns.forEach(
        (table, names) -> {
          if (KEPT.contains(table) || table.equals("family_case")) {
            return;
          }
          if (names.contains("case_id")) {
            rowsOf.put(table, "case_id = :caseId");
          } else if (names.contains("case_reference")) {
            rowsOf.put(table, "case_reference = :reference");
          }
        });
    boolean grew = true;
    while (grew) {
      grew = false;
      for (ForeignKey key : keys) {
        if (!KEPT.contains(key.table())
            && !rowsOf.containsKey(key.table())
            && rowsOf.containsKey(key.parent())
            && !key.table().equals(key.parent())) {
          rowsOf.put(
              key.table(),
              key.column()
                  + " in (select "
                  + key.parentColumn()
                  + " from carepath."
                  + key.parent()
                  + " where "
                  + rowsOf.get(key.parent())
                  + ")");
          grew = true;
        }
      }
    }
    // A row pointing at another of the same table (a correction) lets go first.
    for (ForeignKey key : keys) {
      if (key.table().equals(key.parent()) && rowsOf.containsKey(key.table())) {
        execute(
            "update carepath."
                + key.table()
                + " set "
                + key.column()
                + " = null where "
                + rowsOf.get(key.table()),
            caseId,
            reference);
      }
    }
    // Children before parents.
    Set<String> done = new LinkedHashSet<>();
    List<String> order = new ArrayList<>();
    while (done.size() < rowsOf.size()) {
      boolean progressed = false;
      for (String table : rowsOf.keySet()) {
        if (done.contains(table)) {
          continue;
        }
        boolean referencedByPending =
            keys.stream()
                .anyMatch(
                    key ->
                        key.parent().equals(table)
                            && !key.table().equals(table)
                            && rowsOf.containsKey(key.table())
                            && !done.contains(key.table()));
        if (!referencedByPending) {
          done.add(table);
          order.add(table);
          progressed = true;
        }
      }
      if (!progressed) {
        throw new IllegalStateException(
            "The record's tables reference each other in a cycle; cannot destroy " + reference);
      }
    }
    for (String table : order) {
      execute("delete from carepath." + table + " where " + rowsOf.get(table), caseId, reference);
    }
  }

  private void execute(String sql, long caseId, String reference) {
    var statement = jdbc.sql(sql);
    if (sql.contains(":caseId")) {
      statement = statement.param("caseId", caseId);
    }
    if (sql.contains(":reference")) {
      statement = statement.param("reference", reference);
    }
    statement.update();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
