package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What-if at scale on PostgreSQL, printed, never asserted on time (this machine is noisy): seeds N
 * past level decisions (default 100,000 over 20,000 open cases, inputs spread as a real caseload
 * might be), then times, in the same run, what-if over them through HTTP (an unchanged table, and
 * one whose every answer is Level 4), against the engine's own DMN engine evaluating the live table
 * once for each decision (what a bare Camunda replay would do). Run with {@code mvn -B verify
 * -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=WhatIfBenchmarkIT
 * -Dbenchmark=true -Ddecisions=100000}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "CAREPATH_ADMIN_PASSWORD=" + WhatIfBenchmarkIT.ADMIN_PASSWORD)
@ActiveProfiles("postgres")
class WhatIfBenchmarkIT {

  static final String ADMIN_PASSWORD = "a-long-benchmark-password";
  private static final EmbeddedPostgres postgres = EmbeddedDatabase.start();
  private static final String[] PATTERNS = {
    "none", "occasional", "stable-treatment", "problematic", "chaotic"
  };

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired ProcessEngine processEngine;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedDatabase.register(registry, postgres);
  }

  @Test
  void printWhatIfAgainstTheEnginesOwnEvaluation() throws Exception {
    int decisions = Integer.getInteger("decisions", 100_000);
    TestUsers.ensure(identityService, "dee", "service-designers");
    List<Map<String, Object>> inputs = seed(decisions);

    String table = Files.readString(Path.of("dmn/staged-intervention-level.dmn"));
    String allFour =
        table.replaceAll("(<outputEntry id=\"[^\"]*-out-1\">\\s*<text>)[^<]*(</text>)", "$14$2");
    Api as = Api.as(port, "dee");
    whatIf(as, table); // Warm-up: the first parse of each FEEL expression.
    long unchanged = time(() -> assertReplayed(whatIf(as, table), decisions));
    long changedAll = time(() -> assertReplayed(whatIf(as, allFour), decisions));

    // The engine's own DMN engine (its FEEL, its configuration) inside an engine command, as a
    // business rule task evaluates; decision history is not written by a bare evaluation.
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String liveId =
        repositoryService
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey("staged-intervention-level")
            .latestVersion()
            .singleResult()
            .getId();
    // The engine takes milliseconds a decision: a sample, scaled to all of them.
    int sample = Math.min(inputs.size(), Integer.getInteger("engineSample", 3_000));
    long engineSample =
        time(
            () ->
                configuration
                    .getCommandExecutorTxRequired()
                    .execute(
                        context -> {
                          DmnEngine engine = configuration.getDmnEngine();
                          DmnDecision live =
                              engine.parseDecision(
                                  "staged-intervention-level",
                                  repositoryService.getDecisionModel(liveId));
                          for (Map<String, Object> one : inputs.subList(0, sample)) {
                            engine.evaluateDecision(live, new HashMap<>(one));
                          }
                          return null;
                        }));

    long engineOnly = engineSample * decisions / sample;
    System.out.printf(
        "%nWhat-if over %,d past level decisions (PostgreSQL)%n"
            + "  what-if, unchanged table (read, replay twice, keep):  %,8d ms%n"
            + "  what-if, every answer Level 4:                        %,8d ms%n"
            + "  engine's DMN engine, live table once per decision:    %,8d ms"
            + " (%,d of them timed: %,d ms)%n"
            + "  ratio engine evaluation / what-if (unchanged):        %8.0f x%n%n",
        decisions,
        unchanged,
        changedAll,
        engineOnly,
        sample,
        engineSample,
        (double) engineOnly / unchanged);
  }

  private static void assertReplayed(Map<String, Object> report, int decisions) {
    assertThat(report).containsEntry("replayed", decisions);
  }

  private static Map<String, Object> whatIf(Api as, String table) {
    ResponseEntity<Object> answer =
        as.upload(
            "/api/models/what-if",
            Map.of(),
            Map.of("staged-intervention-level.dmn", table.getBytes(StandardCharsets.UTF_8)));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return Api.list(answer).get(0);
  }

  private static long time(Runnable work) {
    long started = System.nanoTime();
    work.run();
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** N level decisions, five per case, with the inputs each was given; answers the inputs. */
  private List<Map<String, Object>> seed(int decisions) {
    int cases = Math.max(1, decisions / 5);
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> caseRows = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      caseRows.add(new Object[] {"WI-" + i, now});
    }
    jdbc.batchUpdate(
        "insert into carepath.family_case (reference, status, referring_agency, referral_reason,"
            + " referred_by, referred_at, lead_agency) values (?, 'OPEN', 'health-visiting',"
            + " 'Synthetic benchmark case', 'seed', ?, 'health-visiting')",
        caseRows);
    List<Long> ids =
        jdbc.queryForList(
            "select id from carepath.family_case where reference like 'WI-%' order by id",
            Long.class);
    Random random = new Random(42);
    List<Object[]> rows = new ArrayList<>();
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (int i = 0; i < decisions; i++) {
      String pattern = PATTERNS[random.nextInt(PATTERNS.length)];
      boolean[] flags = new boolean[13];
      for (int f = 0; f < flags.length; f++) {
        flags[f] = random.nextInt(10) == 0;
      }
      int indicators = random.nextInt(4);
      int context = random.nextInt(3);
      int age = random.nextInt(18);
      int protective = random.nextInt(3);
      rows.add(
          new Object[] {
            ids.get(i % ids.size()),
            i / ids.size() + 1,
            pattern,
            flags[0],
            flags[1],
            flags[2],
            flags[3],
            flags[4],
            flags[5],
            flags[6],
            flags[7],
            indicators,
            context,
            age,
            protective,
            flags[8],
            flags[9],
            flags[10],
            flags[11],
            flags[12],
            now
          });
      Map<String, Object> one = new HashMap<>();
      one.put("substanceUsePattern", pattern);
      one.put("pregnant", flags[0]);
      one.put("tier4RehabNeeded", flags[1]);
      one.put("immediateRiskOfHarm", flags[2]);
      one.put("domesticAbuse", flags[3]);
      one.put("parentalMentalHealthConcern", flags[4]);
      one.put("usingInFrontOfChildren", flags[5]);
      one.put("unsafeStorage", flags[6]);
      one.put("injecting", flags[7]);
      one.put("childIndicatorCount", indicators);
      one.put("contextFactorCount", context);
      one.put("youngestChildAgeYears", age);
      one.put("protectiveFactorCount", protective);
      one.put("neglectOrAbuse", flags[8]);
      one.put("selfHarm", flags[9]);
      one.put("parentIncapable", flags[10]);
      one.put("childLeftAlone", flags[11]);
      one.put("methadoneLyingAround", flags[12]);
      one.put("levelInPregnancy", null);
      inputs.add(one);
    }
    jdbc.batchUpdate(
        """
        insert into carepath.level_decision (case_id, decision_number, trigger_reason,
            substance_use_pattern, pregnant, tier4_rehab_needed, immediate_risk_of_harm,
            domestic_abuse, parental_mental_health_concern, using_in_front_of_children,
            unsafe_storage, injecting, child_indicator_count, context_factor_count,
            youngest_child_age_years, protective_factor_count, neglect_or_abuse, self_harm,
            parent_incapable, child_left_alone, methadone_lying_around, child_seen,
            assessment_summary, assessed_by, proposed_level, proposed_level_name,
            proposed_reason, proposed_at)
        values (?, ?, 'REFERRAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true,
            'Synthetic', 'seed', 1, 'Universal', 'Synthetic', ?)
        """,
        rows);
    return inputs;
  }
}
