package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the engine's tables say about cases, read directly, for tests of nodes and restores. */
final class PathwayTables {

  /** As if the weeks to each family's review had passed: its review timer due now. */
  static void reviewsDueNow(JdbcClient database, Api admin, List<String> cases) {
    for (String id : cases) {
      List<Map<String, Object>> jobs =
          Api.list(
              admin.get(
                  "/engine-rest/job?timers=true&processInstanceId=" + processOf(database, id)));
      assertThat(jobs).as("the review timer of %s", id).isNotEmpty();
      for (Map<String, Object> job : jobs) {
        admin.exchange(
            HttpMethod.PUT,
            "/engine-rest/job/" + job.get("id") + "/duedate",
            Map.of("duedate", "2020-01-01T00:00:00.000+0000"),
            Map.of());
      }
    }
  }

  /**
   * Makes the review timers of these families due in one statement, so that no node hears of them
   * first: each node's job executor finds them all at its next look, as when many reviews fall due
   * on the same morning. (Through the API, one at a time, the node answering would take each as it
   * came and the other would see none.)
   */
  static int reviewsDueAtOnce(JdbcClient database, List<String> cases) {
    List<String> processes = cases.stream().map(id -> processOf(database, id)).toList();
    int due =
        database
            .sql(
                "update act_ru_job set duedate_ = timestamp '2020-01-01 00:00:00'"
                    + " where type_ = 'timer' and process_instance_id_ in (:processes)")
            .param("processes", processes)
            .update();
    assertThat(due).as("review timers made due").isGreaterThanOrEqualTo(cases.size());
    return due;
  }

  /**
   * The work list's totals against its rows, in one statement (one snapshot): each agency whose
   * kept total differs from the rows it has, as "agency: rows, total"; empty when in step.
   */
  static List<String> workListTotalsOutOfStep(JdbcClient database) {
    return database
        .sql(
            """
            select group_id || ': ' || sum(item) || ' rows, total ' || sum(total)
              from (select group_id, 1 as item, 0 as total from carepath.work_item
                    union all
                    select group_id, 0, open_tasks from carepath.work_item_total) x
             group by group_id
            having sum(item) <> sum(total)
            """)
        .query(String.class)
        .list();
  }

  static String processOf(JdbcClient database, String caseId) {
    return database
        .sql(
            "select id_ from act_ru_execution where business_key_ = :key and parent_id_ is null"
                + " and proc_def_key_ = 'family-pathway'")
        .param("key", caseId)
        .query(String.class)
        .single();
  }

  static List<String> reviewsOpen(JdbcClient database, List<String> cases) {
    return database
        .sql(
            "select e.business_key_ from act_ru_task t join act_ru_execution e"
                + " on e.id_ = t.proc_inst_id_ where t.task_def_key_ = 'review-case'")
        .query(String.class)
        .list()
        .stream()
        .filter(cases::contains)
        .toList();
  }

  static List<String> openTasks(JdbcClient database, String caseId) {
    return database
        .sql(
            "select t.task_def_key_ from act_ru_task t join act_ru_execution e"
                + " on e.id_ = t.proc_inst_id_ where e.business_key_ = :key")
        .param("key", caseId)
        .query(String.class)
        .list();
  }

  private PathwayTables() {}
}
