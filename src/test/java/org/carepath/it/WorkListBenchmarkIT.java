package org.carepath.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The work list at scale on PostgreSQL, printed, never asserted (this machine is noisy): seeds N
 * open cases, each with an open task for one agency and a realistic mix of levels, then times, in
 * the same run and as the same agency user, the workspace's work list (first page with its total),
 * the case page, and the engine's own authorized task page and count (what Tasklist runs). Run with
 * {@code mvn -B verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=WorkListBenchmarkIT -Dbenchmark=true -Dcases=10000}; add {@code -Dcalls=10} for 100,000
 * cases and more.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "CAREPATH_ADMIN_PASSWORD=" + WorkListBenchmarkIT.ADMIN_PASSWORD)
@ActiveProfiles(resolver = WorkListBenchmarkIT.Database.class)
class WorkListBenchmarkIT {

  static final String ADMIN_PASSWORD = "a-long-benchmark-password";

  /** {@code -Ddb=h2} measures the embedded default instead, on a file database of its own. */
  private static final boolean H2 = "h2".equals(System.getProperty("db"));

  /**
   * {@code -DpgData=DIR} keeps PostgreSQL's data in DIR: the first run seeds it, later runs with
   * the same {@code -Dcases} measure what is there (a 300,000-case seed takes twenty minutes here).
   */
  private static final String KEPT = System.getProperty("pgData");

  private static final EmbeddedPostgres postgres =
      H2
          ? null
          : KEPT == null
              ? EmbeddedDatabase.start()
              : EmbeddedDatabase.startKept(java.nio.file.Path.of(KEPT).toAbsolutePath());

  static class Database implements org.springframework.test.context.ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return H2 ? new String[0] : new String[] {"postgres"};
    }
  }

  /** Agencies in the rough proportion of their caseloads; the user measured works for the first. */
  private static final List<String> AGENCIES =
      List.of(
          "health-visiting",
          "health-visiting",
          "school",
          "school",
          "children-social-care",
          "drug-alcohol-service",
          "midwifery",
          "gp",
          "early-years",
          "domestic-abuse");

  private static final int[] LEVELS = {1, 1, 1, 2, 2, 2, 3, 3, 4, 4};

  private static final int MEASURED = Integer.getInteger("calls", 100);

  /** Fewer calls to the engine for large runs: its count takes minutes each there. */
  private static final int ENGINE_MEASURED = Integer.getInteger("engineCalls", MEASURED);

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    if (H2) {
      registry.add(
          "spring.datasource.url",
          () ->
              "jdbc:h2:file:./target/benchmark-h2/"
                  + java.util.UUID.randomUUID()
                  + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;WRITE_DELAY=0");
    } else {
      EmbeddedDatabase.register(registry, postgres);
    }
  }

  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

  @Autowired org.carepath.access.AccessLog accessLog;

  @Autowired org.carepath.work.Work work;

  @Test
  void printWorkListAndCasePageAgainstTheEnginesTaskQuery() {
    int cases = Integer.getInteger("cases", 10_000);
    // The embedded default has demo users of its own; the postgres profile has none.
    TestUsers.ensure(identityService, "hana", "health-visiting");
    TestUsers.ensure(identityService, "mo", "managers");
    String someCase = REFERRALS ? seedByReferrals(cases) : seed(cases);
    if (Boolean.getBoolean("vacuum") && !H2) {
      // As autovacuum leaves a table some time after a bulk load: its visibility map set, so
      // counts read the index alone, and no vacuum of its own running during the measurements.
      long started = System.nanoTime();
      jdbc.sql("vacuum analyze").update();
      System.out.printf("vacuum analyze took %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    Api as = Api.as(port, "hana");
    String changed = taskService.createTaskQuery().listPage(0, 1).get(0).getId();
    int[] priority = {50};
    Runnable changeATask = () -> taskService.setPriority(changed, ++priority[0]);
    var viewer =
        new org.carepath.access.AccessLog.Viewer("hana", List.of("health-visiting"), "benchmark");
    Supplier<ResponseEntity<Object>> workList = () -> as.get("/api/work?size=50");
    Supplier<ResponseEntity<Object>> engineTaskCount = () -> as.get("/engine-rest/task/count");
    Map<String, List<Double>> timings = new java.util.LinkedHashMap<>();
    measure(timings, "workspace work list (page + total)", MEASURED, workList);
    measure(timings, "workspace case page", MEASURED, () -> as.get("/api/cases/" + someCase));
    measure(
        timings,
        "workspace chronology",
        MEASURED,
        () -> as.get("/api/cases/" + someCase + "/chronology"));
    // -DengineCalls=0 leaves the engine out, for sizes where its count does not answer at all.
    if (ENGINE_MEASURED > 0) {
      measure(
          timings,
          "engine task page (Tasklist)",
          ENGINE_MEASURED,
          () ->
              as.get("/engine-rest/task?firstResult=0&maxResults=50&sortBy=dueDate&sortOrder=asc"));
      measure(timings, "engine task count (Tasklist)", ENGINE_MEASURED, engineTaskCount);
      // H2 hands a connection the answer it gave last for the same query when none of the tables
      // it reads was written since; in use tasks change all day. So the engine's count and the
      // work list are measured again, each call after a change to one task (its priority, as a
      // worker might set it: the engine writes the task, our listener the work list's row).
      measure(
          timings,
          "engine task count, after a task changed",
          ENGINE_MEASURED,
          changeATask,
          engineTaskCount);
    }
    measure(timings, "workspace work list, after a task changed", MEASURED, changeATask, workList);
    // The floor under every figure: a signed-in request that reads nothing about anyone, through
    // the same sign-in, filters and JSON as the rest. On H2 the engine's count sits close to it.
    measure(
        timings,
        "floor: signed-in request, no query",
        MEASURED,
        () -> as.get("/engine-rest/version"));

    // The managers' dashboard: each panel's JSON, and the page as a browser loads it (the page,
    // then its five panels, one after another).
    Api manager = Api.as(port, "mo");
    for (String panel : List.of("summary", "levels", "work", "pathways", "safeguarding")) {
      measure(
          timings, "dashboard " + panel, MEASURED, () -> manager.get("/api/dashboard/" + panel));
    }
    measure(
        timings,
        "dashboard cases behind a figure",
        MEASURED,
        () -> manager.get("/api/dashboard/cases?figure=open&level=3"));
    // The page exists only when the web build ran (not with -Dweb.skip=true).
    boolean pageBuilt =
        manager.getText("/dashboard", "text/html").getStatusCode() != HttpStatus.NOT_FOUND;
    if (pageBuilt) {
      measure(
          timings,
          "dashboard page load (page + 5 panels)",
          MEASURED,
          () -> {
            if (manager.getText("/dashboard", "text/html").getStatusCode() != HttpStatus.OK) {
              throw new IllegalStateException("the dashboard page did not open");
            }
            ResponseEntity<Object> last = null;
            for (String panel : List.of("summary", "levels", "work", "pathways", "safeguarding")) {
              last = manager.get("/api/dashboard/" + panel);
            }
            return last;
          });
    }

    // What the access log adds to each: writing the entries of a page of 50 cases and of one
    // case (with the checks of who serves the family and of emergency access), timed alone.
    List<String> page =
        Api.list(Api.map(as.get("/api/work?size=50")).get("items")).stream()
            .map(item -> (String) item.get("caseId"))
            .distinct()
            .toList();
    measure(
        timings,
        "access log: a work list page's entries",
        MEASURED,
        () -> {
          accessLog.record(viewer, page, "work-list", "api", false, null);
          return ResponseEntity.ok(null);
        });
    measure(
        timings,
        "access log: a case page's entry",
        MEASURED,
        () -> {
          accessLog.record(viewer, List.of(someCase), "case-file", "api", false, null);
          return ResponseEntity.ok(null);
        });

    // The list's page and total as the service runs them, without the request around them.
    measure(
        timings,
        "list queries alone, after a task changed",
        MEASURED,
        changeATask,
        () -> {
          identityService.setAuthentication("hana", List.of("health-visiting"));
          try {
            return ResponseEntity.ok(
                work.list(new org.carepath.work.Work.Query(0, 50, null, null, null, null, null)));
          } finally {
            identityService.clearAuthentication();
          }
        });

    long total = ((Number) Api.map(as.get("/api/work?size=1")).get("total")).longValue();
    long engineTotal =
        ENGINE_MEASURED == 0
            ? -1
            : ((Number) Api.map(as.get("/engine-rest/task/count")).get("count")).longValue();
    StringBuilder report =
        new StringBuilder(
            "%nWORK LIST BENCHMARK on %s: %d open cases, hana sees %d tasks (engine: %d),"
                    .formatted(H2 ? "H2" : "PostgreSQL", cases, total, engineTotal)
                + " %d calls each (engine %d), after a fifth as many to warm up%n"
                    .formatted(MEASURED, ENGINE_MEASURED));
    for (Map.Entry<String, List<Double>> entry : timings.entrySet()) {
      report.append(
          "  %-42s p50 %7.1f ms  p95 %7.1f ms%n"
              .formatted(
                  entry.getKey(),
                  percentile(entry.getValue(), 50),
                  percentile(entry.getValue(), 95)));
    }
    if (ENGINE_MEASURED > 0) {
      double list = percentile(timings.get("workspace work list (page + total)"), 95);
      double enginePage = percentile(timings.get("engine task page (Tasklist)"), 95);
      double engineCount = percentile(timings.get("engine task count (Tasklist)"), 95);
      double listChanged = percentile(timings.get("workspace work list, after a task changed"), 95);
      double countChanged = percentile(timings.get("engine task count, after a task changed"), 95);
      report.append(
          ("  engine page + count / workspace list (p95): %.1f; engine count / workspace list:"
                  + " %.2f back to back, %.1f after a task changed%n")
              .formatted(
                  (enginePage + engineCount) / list,
                  engineCount / list,
                  countChanged / listChanged));
    }
    report.append(
        "  access log share of p95: work list %.0f%%, case page %.0f%%%n"
            .formatted(
                100
                    * percentile(timings.get("access log: a work list page's entries"), 95)
                    / percentile(timings.get("workspace work list (page + total)"), 95),
                100
                    * percentile(timings.get("access log: a case page's entry"), 95)
                    / percentile(timings.get("workspace case page"), 95)));
    System.out.print(report);
  }

  /**
   * {@code -Dseed=referrals}: the cases are real referrals ({@code POST /api/cases}, four clients,
   * a mother and two children each), so every case has the tasks, candidate groups and engine
   * authorizations the pathway gives it; slower to seed than the synthetic cases, which have one
   * task each.
   */
  private static final boolean REFERRALS = "referrals".equals(System.getProperty("seed"));

  private String seedByReferrals(int cases) {
    long started = System.nanoTime();
    List<String> made;
    try (ReferralLoad load = ReferralLoad.start(port, 4)) {
      for (int done = 1000; done <= cases; done += 1000) {
        load.awaitAcknowledged(done, 3600);
        System.out.printf(
            "referred %d of %d cases (%.0f s)%n", done, cases, (System.nanoTime() - started) / 1e9);
      }
      load.awaitAcknowledged(cases, 3600);
      made = load.acknowledged();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    jdbc.sql("analyze").update();
    System.out.printf(
        "referred %d cases in %.0f s; open tasks %d, engine authorizations %d%n",
        made.size(),
        (System.nanoTime() - started) / 1e9,
        jdbc.sql("select count(*) from act_ru_task").query(Long.class).single(),
        jdbc.sql("select count(*) from act_ru_authorization").query(Long.class).single());
    return made.get(0);
  }

  /** Seeds the synthetic cases and answers the reference of one of them. */
  private String seed(int cases) {
    long seeded =
        jdbc.sql("select count(*) from carepath.family_case where reference like 'BM-%'")
            .query(Long.class)
            .single();
    if (seeded == cases) {
      System.out.printf("%d cases seeded by an earlier run, measured again%n", seeded);
      return "BM-0";
    }
    if (seeded > 0) {
      throw new IllegalStateException(
          "The kept database has %d benchmark cases, not %d: give -Dcases=%d or a new -DpgData"
              .formatted(seeded, cases, seeded));
    }
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("benchmark-case")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("benchmark-task")
            .name("Benchmark task")
            .camundaCandidateGroups("${agency}")
            .camundaDueDate("${due}")
            .endEvent()
            .done();
    repositoryService.createDeployment().addModelInstance("benchmark.bpmn", model).deploy();
    Instant now = Instant.now();
    long started = System.nanoTime();
    // A hundred cases a transaction: one commit (and, on H2, one write to the file) per hundred.
    for (int from = 0; from < cases; from += 100) {
      int first = from;
      new org.springframework.transaction.support.TransactionTemplate(transactionManager)
          .executeWithoutResult(
              status -> {
                for (int i = first; i < Math.min(cases, first + 100); i++) {
                  seedOne(i, now);
                }
              });
      if ((from + 100) % 1000 == 0) {
        System.out.printf(
            "seeded %d of %d cases (%.0f s)%n",
            Math.min(cases, from + 100), cases, (System.nanoTime() - started) / 1e9);
      }
    }
    jdbc.sql("analyze").update();
    return "BM-0";
  }

  private void seedOne(int i, Instant now) {
    String agency = AGENCIES.get(i % AGENCIES.size());
    String reference = "BM-" + i;
    Timestamp referred = Timestamp.from(now.minus(i % 400, ChronoUnit.DAYS));
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.family_case (reference, status, referring_agency,
              referral_reason, referred_by, referred_at, lead_agency, current_level)
            values (:r, 'OPEN', :a, 'Synthetic benchmark case', 'seed', :at, :a, :l)
            """)
        .param("r", reference)
        .param("a", agency)
        .param("at", referred)
        .param("l", LEVELS[(i / AGENCIES.size()) % LEVELS.length])
        .update(key, "id");
    long caseId = key.getKeyAs(Number.class).longValue();
    jdbc.sql(
            """
            insert into carepath.case_adult (case_id, ordinal, name, role, pregnant)
            values (:c, 0, :n, 'mother', false)
            """)
        .param("c", caseId)
        .param("n", "Parent " + i)
        .update();
    // What the pathway records of a level and a lead, for the dashboard's figures.
    jdbc.sql("insert into carepath.level_period (case_id, level, from_at) values (:c, :l, :at)")
        .param("c", caseId)
        .param("l", LEVELS[(i / AGENCIES.size()) % LEVELS.length])
        .param("at", referred)
        .update();
    jdbc.sql("insert into carepath.lead_professional (case_id, agency, since) values (:c, :a, :at)")
        .param("c", caseId)
        .param("a", agency)
        .param("at", referred)
        .update();
    jdbc.sql("insert into carepath.case_agency (case_id, agency, involved_at) values (:c, :a, :at)")
        .param("c", caseId)
        .param("a", agency)
        .param("at", referred)
        .update();
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", reference);
    variables.put("agency", agency);
    // Due dates from three weeks ago to four weeks ahead: some overdue, most not.
    variables.put("due", Date.from(now.plus((i * 7919L) % 49 - 21, ChronoUnit.DAYS)));
    runtimeService.startProcessInstanceByKey("benchmark-case", reference, variables);
  }

  private static void measure(
      Map<String, List<Double>> timings,
      String what,
      int measured,
      Supplier<ResponseEntity<Object>> call) {
    measure(timings, what, measured, () -> {}, call);
  }

  /** Times {@code call} alone, each time after {@code before}. */
  private static void measure(
      Map<String, List<Double>> timings,
      String what,
      int measured,
      Runnable before,
      Supplier<ResponseEntity<Object>> call) {
    List<Double> millis = new ArrayList<>();
    int warmUp = Math.max(1, measured / 5);
    for (int i = 0; i < warmUp + measured; i++) {
      before.run();
      long start = System.nanoTime();
      ResponseEntity<Object> response = call.get();
      double elapsed = (System.nanoTime() - start) / 1e6;
      if (response.getStatusCode() != HttpStatus.OK) {
        throw new IllegalStateException(what + " answered " + response.getStatusCode());
      }
      if (i >= warmUp) {
        millis.add(elapsed);
      }
    }
    timings.put(what, millis);
  }

  private static double percentile(List<Double> values, int percent) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(
        Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
  }
}
