package org.carepath.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
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
 * What a referral costs against a bare process start of the engine, on the same PostgreSQL and in
 * the same run, printed, never asserted (this machine is noisy). Both go over HTTP as a client
 * would: the engine's REST start of a trivial process (start, end), of one that waits at a user
 * task, and our referral ({@code POST /api/cases}, which also starts a stage pathway per child).
 * Rounds alternate so drift hits all alike; each figure is the best round's rate. Also prints the
 * rows each writes (PostgreSQL's own counters). Run with {@code mvn -B verify -Dtest=NoSuchTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReferralCostBenchmarkIT -Dbenchmark=true}
 * ({@code -Dreferrals=400 -Drounds=3 -Dclients=4} by default).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "CAREPATH_ADMIN_PASSWORD=" + ReferralCostBenchmarkIT.ADMIN_PASSWORD)
@ActiveProfiles("postgres")
class ReferralCostBenchmarkIT {

  static final String ADMIN_PASSWORD = "a-long-benchmark-password";
  private static final EmbeddedPostgres postgres = EmbeddedDatabase.start();

  private static final int COUNT = Integer.getInteger("referrals", 400);
  private static final int ROUNDS = Integer.getInteger("rounds", 3);
  private static final int CLIENTS = Integer.getInteger("clients", 4);

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedDatabase.register(registry, postgres);
  }

  @Test
  void printReferralsAgainstBareProcessStarts() throws Exception {
    TestUsers.ensure(identityService, "hana", "health-visiting");
    repositoryService
        .createDeployment()
        .addModelInstance(
            "bare-start.bpmn",
            Bpmn.createExecutableProcess("bare-start")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .endEvent()
                .done())
        .addModelInstance(
            "bare-task.bpmn",
            Bpmn.createExecutableProcess("bare-task")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("bare-user-task")
                .camundaCandidateGroups("health-visiting")
                // Every task has a due date here; deployments without one are refused.
                .camundaDueDate("P7D")
                .endEvent()
                .done())
        .deploy();
    Api admin = Api.as(port, "admin", ADMIN_PASSWORD);
    Api referrer = Api.as(port, "hana");
    Map<String, Supplier<ResponseEntity<Object>>> kinds = new LinkedHashMap<>();
    kinds.put("engine start, trivial process", () -> start(admin, "bare-start"));
    kinds.put("engine start, waits at a user task", () -> start(admin, "bare-task"));
    kinds.put(
        "referral (family + 2 children)",
        () -> referrer.post("/api/cases", Referrals.motherUsingHeroin("health-visiting")));

    // Warm up the JIT, the pools and the caches on each, then alternate measured rounds.
    for (Supplier<ResponseEntity<Object>> call : kinds.values()) {
      run(call, COUNT / 4);
    }
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    Map<String, double[]> rows = new LinkedHashMap<>();
    Map<String, Map<String, Double>> tables = new LinkedHashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (Map.Entry<String, Supplier<ResponseEntity<Object>>> kind : kinds.entrySet()) {
        long[] before = written();
        Map<String, Long> tablesBefore = insertsByTable();
        double rate = run(kind.getValue(), COUNT);
        long[] after = written();
        Map<String, Long> tablesAfter = insertsByTable();
        Map<String, Double> perCall = new LinkedHashMap<>();
        tablesAfter.forEach(
            (table, inserted) -> {
              long added = inserted - tablesBefore.getOrDefault(table, 0L);
              if (added > 0) {
                perCall.put(table, added / (double) COUNT);
              }
            });
        tables.put(kind.getKey(), perCall);
        rates.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(rate);
        System.out.printf("round %d, %s: %.1f/s%n", round + 1, kind.getKey(), rate);
        rows.put(
            kind.getKey(),
            new double[] {
              (after[0] - before[0]) / (double) COUNT,
              (after[1] - before[1]) / (double) COUNT,
              (after[2] - before[2]) / (double) COUNT
            });
      }
    }
    StringBuilder report =
        new StringBuilder(
            "%nREFERRAL COST on PostgreSQL: %d of each per round, %d rounds, %d clients over HTTP%n"
                .formatted(COUNT, ROUNDS, CLIENTS));
    for (String kind : kinds.keySet()) {
      double[] written = rows.get(kind);
      report.append(
          String.format(
              "  %-36s best %6.1f/s  median %6.1f/s   rows per call: %5.1f inserted,"
                  + " %5.1f updated, %5.1f deleted%n",
              kind,
              best(rates.get(kind)),
              median(rates.get(kind)),
              written[0],
              written[1],
              written[2]));
    }
    for (Map.Entry<String, Map<String, Double>> kind : tables.entrySet()) {
      report.append("  rows inserted per call by table, ").append(kind.getKey()).append(":");
      kind.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .forEach(t -> report.append(" %s %.1f".formatted(t.getKey(), t.getValue())));
      report.append("%n".formatted());
    }
    List<String> names = new ArrayList<>(kinds.keySet());
    double referral = best(rates.get(names.get(2)));
    report.append(
        "  a referral costs %.2fx a trivial engine start and %.2fx a start that waits at a user task%n"
            .formatted(
                best(rates.get(names.get(0))) / referral,
                best(rates.get(names.get(1))) / referral));
    System.out.print(report);
  }

  private static ResponseEntity<Object> start(Api admin, String key) {
    return admin.post("/engine-rest/process-definition/key/" + key + "/start", Map.of());
  }

  /** Makes {@code count} calls from the clients at once; the calls per second. */
  private static double run(Supplier<ResponseEntity<Object>> call, int count) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    AtomicInteger left = new AtomicInteger(count);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        running.add(
            clients.submit(
                () -> {
                  while (left.getAndDecrement() > 0) {
                    ResponseEntity<Object> answer = call.get();
                    HttpStatus status = HttpStatus.valueOf(answer.getStatusCode().value());
                    if (!status.is2xxSuccessful()) {
                      throw new IllegalStateException(
                          "answered " + status + ": " + answer.getBody());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      clients.shutdown();
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  /** Rows inserted, updated and deleted in this database so far, by PostgreSQL's counters. */
  private long[] written() {
    try {
      // The server's sessions report their counters to the statistics within a second.
      Thread.sleep(1_100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Map<String, Object> row =
        jdbc.sql(
                "select tup_inserted, tup_updated, tup_deleted from pg_stat_database"
                    + " where datname = current_database()")
            .query()
            .singleRow();
    return new long[] {
      ((Number) row.get("tup_inserted")).longValue(),
      ((Number) row.get("tup_updated")).longValue(),
      ((Number) row.get("tup_deleted")).longValue()
    };
  }

  /** Rows inserted so far into each table (read after {@link #written()} has waited). */
  private Map<String, Long> insertsByTable() {
    Map<String, Long> inserted = new LinkedHashMap<>();
    jdbc.sql("select schemaname || '.' || relname as t, n_tup_ins from pg_stat_user_tables")
        .query()
        .listOfRows()
        .forEach(
            row ->
                inserted.put((String) row.get("t"), ((Number) row.get("n_tup_ins")).longValue()));
    return inserted;
  }

  private static double best(List<Double> values) {
    return Collections.max(values);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
