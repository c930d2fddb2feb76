package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two application nodes, each a JVM of its own, on one PostgreSQL, as behind a load balancer
 * without sticky sessions: they start together without racing, a sign-in on one works on the other,
 * and when one is killed (SIGKILL) in the middle of a burst of referrals and consents through both,
 * nothing acknowledged is lost, no job or timer runs twice, and the survivor takes over the jobs
 * the dead node had locked once their lock expires.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  /** Short, so the survivor's takeover fits a test; production keeps the engine's 5 minutes. */
  static final Duration JOB_LOCK = Duration.ofSeconds(15);

  private static EmbeddedPostgres postgres;
  private static SingleConnectionDataSource connection;
  private static JdbcClient database;
  private static ChildApplication first;
  private static ChildApplication second;

  @BeforeAll
  static void twoNodesStartedTogether() throws Exception {
    postgres = EmbeddedDatabase.start();
    // One open connection for all the test's looks: fast enough to watch a node's locked jobs.
    connection =
        new SingleConnectionDataSource(
            postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", true);
    database = JdbcClient.create(connection);
    Path logs = ChildApplication.folder("two-nodes");
    // The first node runs jobs one at a time from a queue, so it holds locked jobs when killed.
    CompletableFuture<ChildApplication> a =
        CompletableFuture.supplyAsync(
            () ->
                node(
                    logs.resolve("first.log"),
                    "--camunda.bpm.job-execution.core-pool-size=1",
                    "--camunda.bpm.job-execution.max-pool-size=1",
                    "--camunda.bpm.job-execution.max-jobs-per-acquisition=10"));
    CompletableFuture<ChildApplication> b =
        CompletableFuture.supplyAsync(() -> node(logs.resolve("second.log")));
    first = a.get();
    second = b.get();
  }

  @AfterAll
  static void stop() throws Exception {
    for (ChildApplication node : new ChildApplication[] {first, second}) {
      if (node != null) {
        node.close();
      }
    }
    if (connection != null) {
      connection.destroy();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  static ChildApplication node(Path log, String... extra) {
    // An idle job executor sleeps up to a minute between looks by default; timers made due by hand
    // on one node must reach both within the test's waits, so idle nodes look every 2 s at most.
    String[] arguments = new String[extra.length + 3];
    arguments[0] = "--CAREPATH_JOB_LOCK_MILLIS=" + JOB_LOCK.toMillis();
    arguments[1] = "--camunda.bpm.job-execution.wait-time-in-millis=500";
    arguments[2] = "--camunda.bpm.job-execution.max-wait=2000";
    System.arraycopy(extra, 0, arguments, 3, extra.length);
    return ChildApplication.onPostgres(log, postgres.getJdbcUrl("postgres", "postgres"), arguments);
  }

  @Test
  @Order(1)
  void nodesStartingTogetherMakeOneVersionOfEachModel() {
    assertThat(
            database
                .sql(
                    "select key_ from act_re_procdef group by key_ having count(*) > 1"
                        + " union all select key_ from act_re_decision_def group by key_"
                        + " having count(*) > 1")
                .query(String.class)
                .list())
        .as("models deployed twice")
        .isEmpty();
    assertThat(
            database
                .sql("select count(*) from act_re_deployment where name_ = 'carepath'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(Api.as(first.port(), "ops").get("/actuator/health/readiness").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(second.port(), "ops").get("/actuator/health/readiness").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  @Order(2)
  void aSignInOnOneNodeWorksOnTheOther() {
    SignedInBrowser onFirst = SignedInBrowser.signIn(first.port(), "hana", "demo");
    HttpResponse<String> me = onFirst.on(second.port()).get("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("hana");
    // A change with the session's token, made on the other node.
    HttpResponse<String> referred =
        onFirst
            .on(second.port())
            .postJson("/api/cases", Api.json(Referrals.motherUsingHeroin("health-visiting")), true);
    assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
  }

  @Test
  @Order(3)
  void eachScheduledCheckRunsOnceForBothNodes() {
    // The hourly and nightly checks are the engine's timers, one job each in the shared database,
    // not work scheduled on every node. Made due now, each runs once and sets its next time.
    List<Map<String, Object>> timers =
        database
            .sql(
                "select id_, process_def_key_ from act_ru_job"
                    + " where handler_type_ = 'timer-start-event'")
            .query()
            .listOfRows();
    assertThat(timers).extracting(t -> t.get("process_def_key_")).doesNotHaveDuplicates();
    Instant before = Instant.now().minusSeconds(1);
    Api admin = Api.as(second.port(), "admin", ChildApplication.ADMIN_PASSWORD);
    for (Map<String, Object> timer : timers) {
      assertThat(
              admin
                  .exchange(
                      org.springframework.http.HttpMethod.PUT,
                      "/engine-rest/job/" + timer.get("id_") + "/duedate",
                      Map.of("duedate", "2020-01-01T00:00:00.000+0000"),
                      Map.of())
                  .getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    List<String> keys = timers.stream().map(t -> (String) t.get("process_def_key_")).toList();
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(startedSince(before)).containsKeys(keys.toArray(String[]::new)));
    // Time for the other node to run any of them a second time, if it could.
    sleep(Duration.ofSeconds(8));
    // Each timer made due ran once, on one node. (A check may also run at its own time if the
    // test crosses it, e.g. the hourly check at ten past: that is its next job, not this one.)
    for (Map<String, Object> timer : timers) {
      assertThat(successfulRuns("job_id_ = :job", Map.of("job", timer.get("id_"))))
          .as("runs of %s's timer made due", timer.get("process_def_key_"))
          .isOne();
    }
    // And no check started without a timer job of its own running.
    Map<String, Long> started = startedSince(before);
    for (String key : keys) {
      assertThat(started.get(key))
          .as("%s started, against its timer jobs that ran", key)
          .isEqualTo(
              successfulRuns(
                  "process_def_key_ = :key and timestamp_ >= :t",
                  Map.of("key", key, "t", Timestamp.from(before))));
    }
    assertThat(
            database
                .sql(
                    "select process_def_key_ from act_ru_job where handler_type_ ="
                        + " 'timer-start-event' and duedate_ > now()")
                .query(String.class)
                .list())
        .as("each check's next time, once")
        .containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  @Order(4)
  void aNodeKilledMidBurstLosesNothingAndItsLockedJobsRunOnceOnTheOther() throws Exception {
    String firstNode = lockOwner(first.port());
    List<String> waitingForReview;
    Instant killedAt;
    Timestamp lockedUntil;
    long lockedAtKill;
    Map<String, Integer> progress;
    try (PathwayLoad load = PathwayLoad.start(4, first.port(), second.port())) {
      // Families waiting for their review, whose reviews then all fall due at once: jobs for
      // both nodes' job executors. Which node looks first is chance; when the second takes them
      // all, thirty more families' reviews fall due, up to five times.
      waitingForReview = new ArrayList<>();
      boolean firstHoldsJobs = false;
      for (int attempt = 1; attempt <= 5 && !firstHoldsJobs; attempt++) {
        load.awaitConfirmed(waitingForReview.size() + 30, 180);
        List<String> due =
            load.confirmed().stream().filter(id -> !waitingForReview.contains(id)).toList();
        assertThat(due).hasSizeGreaterThanOrEqualTo(30);
        PathwayTables.reviewsDueAtOnce(database, due);
        waitingForReview.addAll(due);
        firstHoldsJobs = watchForJobsLockedBy(firstNode, Duration.ofSeconds(20));
      }
      assertThat(firstHoldsJobs).as("the first node locked some of the reviews").isTrue();
      first.kill();
      killedAt = Instant.now();
      lockedAtKill = lockedBy(firstNode);
      lockedUntil =
          database
              .sql("select min(lock_exp_time_) from act_ru_job where lock_owner_ = :owner")
              .param("owner", firstNode)
              .query(Timestamp.class)
              .single();
      // The survivor carries on with the burst.
      int before = load.completions();
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> load.completions() >= before + 20);
      progress = load.progress();
    }
    assertThat(lockedAtKill).as("jobs the killed node had locked").isPositive();

    // Its jobs wait for their lock to expire, then the survivor runs them.
    Awaitility.await()
        .atMost(JOB_LOCK.plusSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> lockedBy(firstNode) == 0);
    Instant takenOver = Instant.now();
    assertThat(takenOver).isAfterOrEqualTo(lockedUntil.toInstant().minusMillis(500));
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () ->
                assertThat(PathwayTables.reviewsOpen(database, waitingForReview))
                    .hasSameSizeAs(waitingForReview));

    // Every family has exactly one review: none lost with the node, none run twice.
    assertThat(PathwayTables.reviewsOpen(database, waitingForReview))
        .containsExactlyInAnyOrderElementsOf(waitingForReview);
    // Every acknowledged write is there; no step of any case is open twice.
    Api hana = Api.as(second.port(), "hana");
    progress.forEach(
        (id, step) -> {
          assertThat(hana.get("/api/cases/" + id).getStatusCode()).as(id).isEqualTo(HttpStatus.OK);
          List<String> open = PathwayTables.openTasks(database, id);
          for (int done = 1; done <= step; done++) {
            assertThat(open)
                .as("%s after %s", id, PathwayLoad.STEPS.get(done))
                .doesNotContain(PathwayLoad.TASKS.get(done));
          }
        });
    assertThat(
            database
                .sql(
                    "select proc_inst_id_ || ' ' || task_def_key_ from act_ru_task"
                        + " group by proc_inst_id_, task_def_key_ having count(*) > 1")
                .query(String.class)
                .list())
        .as("a step open twice in one process")
        .isEmpty();
    assertThat(PathwayTables.workListTotalsOutOfStep(database)).isEmpty();
    System.out.printf(
        "two nodes: %d referrals, %d steps completed, %d reviews made due; killed with %d jobs"
            + " locked, taken over %d ms after the kill (lock %d s)%n",
        progress.size(),
        progress.values().stream().mapToInt(Integer::intValue).sum(),
        waitingForReview.size(),
        lockedAtKill,
        Duration.between(killedAt, takenOver).toMillis(),
        JOB_LOCK.toSeconds());
  }

  private static String lockOwner(int port) {
    Map<String, Object> readiness = Api.map(Api.as(port, "ops").get("/actuator/health/readiness"));
    return (String)
        path(readiness, "components", "jobExecutor", "details", "jobExecutor", "lockOwner");
  }

  @SuppressWarnings("unchecked")
  private static Object path(Map<String, Object> map, String... keys) {
    Object at = map;
    for (String key : keys) {
      at = ((Map<String, Object>) at).get(key);
    }
    return at;
  }

  /**
   * Watched every 2 ms, so the node can be killed at once: it works through its locked reviews in a
   * few hundred milliseconds, and a slower look can find them all done.
   */
  private static boolean watchForJobsLockedBy(String owner, Duration atMost)
      throws InterruptedException {
    long until = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < until) {
      if (lockedBy(owner) > 0) {
        return true;
      }
      Thread.sleep(2);
    }
    return false;
  }

  private static long lockedBy(String owner) {
    return database
        .sql("select count(*) from act_ru_job where lock_owner_ = :owner")
        .param("owner", owner)
        .query(Long.class)
        .single();
  }

  /** Successful runs of timer-start jobs in the engine's job log, where the condition holds. */
  private static long successfulRuns(String where, Map<String, Object> params) {
    return database
        .sql(
            "select count(*) from act_hi_job_log where job_def_type_ = 'timer-start-event'"
                + " and job_state_ = 2 and "
                + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  private static Map<String, Long> startedSince(Instant since) {
    Map<String, Long> runs = new java.util.HashMap<>();
    database
        .sql(
            "select proc_def_key_ as k, count(*) as n from act_hi_procinst where start_time_ >= :t"
                + " and proc_def_key_ in (select process_def_key_ from act_ru_job"
                + " where handler_type_ = 'timer-start-event') group by proc_def_key_")
        .param("t", Timestamp.from(since))
        .query()
        .listOfRows()
        .forEach(row -> runs.put((String) row.get("k"), ((Number) row.get("n")).longValue()));
    return runs;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
