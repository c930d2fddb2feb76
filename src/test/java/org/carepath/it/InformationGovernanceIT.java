package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carepath.access.FamilyData;
import org.carepath.access.NoFamilyData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Information governance over HTTP: every read of a family through every surface is in the access
 * log (refusals too), the log's chain finds tampering, and who may read it.
 */
@OwnH2Application
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InformationGovernanceIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired MovableClock clock;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  /** The test's clock: emergency access runs out while the test waits no time at all. */
  static final class MovableClock extends java.time.Clock {
    private volatile java.time.Duration ahead = java.time.Duration.ZERO;

    void advance(java.time.Duration by) {
      ahead = ahead.plus(by);
    }

    void reset() {
      ahead = java.time.Duration.ZERO;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.time.Instant instant() {
      return java.time.Instant.now().plus(ahead);
    }
  }

  @org.springframework.boot.test.context.TestConfiguration
  static class TestClock {
    @org.springframework.context.annotation.Bean
    @org.springframework.context.annotation.Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** A case referred by health visiting (hana); school (sara) does not work with it. */
  String caseId;

  String hanasTask;

  @BeforeAll
  void aFamily() {
    caseId = FullRunScenario.refer(as("hana"));
    hanasTask =
        (String)
            FullRunScenario.openTask(as("hana"), caseId, "Record information-sharing consent")
                .get("id");
  }

  /** One request and the entry it must leave. */
  record Sample(String user, String path, String accept, String caseReference, String outcome) {}

  private Map<String, Sample> samples() {
    String c = caseId;
    String json = "application/json";
    return Map.ofEntries(
        Map.entry(
            "CaseFileController#show", new Sample("hana", "/api/cases/" + c, json, c, "shown")),
        Map.entry(
            "ChronologyController#show",
            new Sample("hana", "/api/cases/" + c + "/chronology", json, c, "shown")),
        Map.entry(
            "ChronologyController#csv",
            new Sample("hana", "/api/cases/" + c + "/chronology", "text/csv", c, "shown")),
        Map.entry("CasesController#list", new Sample("hana", "/api/cases", json, c, "shown")),
        Map.entry(
            "WorkController#item", new Sample("hana", "/api/work/" + hanasTask, json, c, "shown")),
        Map.entry("WorkController#list", new Sample("hana", "/api/work", json, c, "shown")),
        Map.entry(
            "ReportsController#hiddenHarm",
            new Sample("max", "/api/reports/hidden-harm", json, c, "shown")),
        Map.entry(
            "ReportsController#hiddenHarmCsv",
            new Sample("max", "/api/reports/hidden-harm", "text/csv", c, "shown")),
        Map.entry(
            "DashboardController#cases",
            new Sample("max", "/api/dashboard/cases?figure=open", json, c, "shown")),
        // Lists a newly referred family is not on yet: their refusal is what is logged.
        Map.entry(
            "DashboardController#work",
            new Sample("hana", "/api/dashboard/work", json, null, "refused")),
        Map.entry(
            "DashboardController#safeguarding",
            new Sample("hana", "/api/dashboard/safeguarding", json, null, "refused")),
        Map.entry(
            "SubjectAccessController#export",
            new Sample(
                "ivy",
                "/api/cases/" + c + "/subject-access?person=Amy%20Example",
                json,
                c,
                "shown")),
        Map.entry(
            "SubjectAccessController#printable",
            new Sample(
                "ivy",
                "/api/cases/" + c + "/subject-access?person=Amy%20Example",
                "text/html",
                c,
                "shown")),
        Map.entry(
            "RetentionController#of",
            new Sample("ivy", "/api/cases/" + c + "/retention", json, c, "shown")),
        Map.entry(
            "RetentionController#lists",
            new Sample("hana", "/api/retention/lists", json, null, "refused")),
        Map.entry(
            "BreakGlassController#summary",
            new Sample("hana", "/api/dashboard/break-glass", json, null, "refused")),
        Map.entry(
            "DashboardController#pathways",
            new Sample("hana", "/api/dashboard/pathways", json, null, "refused")),
        Map.entry(
            "ModelsController#whatIfCases",
            new Sample("dee", "/api/models/what-if/x/cases?from=1&to=2", json, null, "refused")),
        Map.entry(
            "WorkspacePages#familyCase",
            new Sample("sara", "/cases/" + c, "text/html", c, "refused")),
        Map.entry(
            "WorkspacePages#printedChronology",
            new Sample("sara", "/cases/" + c + "/chronology/print", "text/html", c, "refused")),
        Map.entry(
            "AccessLogController#ofCase",
            new Sample("hana", "/api/cases/" + c + "/access-log", json, c, "shown")));
  }

  @Test
  void everyReadOfAFamilyThroughOurApiAndPagesWritesItsEntry() {
    List<String> unmarked = new ArrayList<>();
    List<String> withoutSample = new ArrayList<>();
    Map<String, Sample> samples = samples();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (!handler.getBeanType().getName().startsWith("org.carepath")
                  || !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
              }
              String name = name(handler);
              boolean family = handler.hasMethodAnnotation(FamilyData.class);
              if (family == handler.hasMethodAnnotation(NoFamilyData.class)) {
                unmarked.add(name);
              } else if (family && !samples.containsKey(name)) {
                withoutSample.add(name);
              }
            });
    assertThat(unmarked)
        .as("read handlers marked neither @FamilyData nor @NoFamilyData (say which)")
        .isEmpty();
    assertThat(withoutSample).as("@FamilyData handlers this test does not call").isEmpty();

    samples.forEach(
        (name, sample) -> {
          String correlation = UUID.randomUUID().toString();
          ResponseEntity<String> answer =
              as(sample.user())
                  .getText(sample.path(), sample.accept(), Map.of("X-Correlation-Id", correlation));
          assertThat(answer.getStatusCode().is2xxSuccessful())
              .as("%s answered %s", name, answer.getStatusCode())
              .isEqualTo(sample.outcome().equals("shown"));
          assertThat(answer.getHeaders().getFirst("X-Correlation-Id")).isEqualTo(correlation);
          List<Map<String, Object>> entries = entries(correlation);
          assertThat(entries)
              .as("%s: its entries", name)
              .filteredOn(
                  e -> java.util.Objects.equals(e.get("case_reference"), sample.caseReference()))
              .hasSize(1)
              .first()
              .satisfies(
                  e -> {
                    assertThat(e).containsEntry("user_id", sample.user());
                    assertThat(e).containsEntry("outcome", sample.outcome());
                    assertThat(e)
                        .containsEntry(
                            "surface", sample.path().startsWith("/api/") ? "api" : "workspace");
                  });
        });
  }

  @Test
  void aRefusedViewOfACaseIsLogged() {
    String correlation = UUID.randomUUID().toString();
    ResponseEntity<String> refused =
        as("sara")
            .getText(
                "/api/cases/" + caseId,
                "application/json",
                Map.of("X-Correlation-Id", correlation));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(entries(correlation))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("case_reference", caseId);
              assertThat(e).containsEntry("what", "case-file");
              assertThat(e).containsEntry("outcome", "refused");
              assertThat(e).containsEntry("served", false);
              assertThat((String) e.get("user_groups")).contains("school");
            });
  }

  @Test
  void readsThroughTheEngineTasklistAndCockpitAreLogged() {
    String instance =
        jdbc.sql("select proc_inst_id_ from act_ru_task where id_ = :t")
            .param("t", hanasTask)
            .query(String.class)
            .single();
    record Read(
        String user, String path, String referer, String what, String surface, String outcome) {}
    String webapp = "/camunda/api/engine/engine/default";
    List<Read> reads =
        List.of(
            new Read(
                "hana", "/engine-rest/task/" + hanasTask, null, "task", "engine-rest", "shown"),
            new Read(
                "hana",
                "/engine-rest/task/" + hanasTask + "/variables",
                null,
                "task-answers",
                "engine-rest",
                "shown"),
            new Read(
                "hana",
                "/engine-rest/task/" + hanasTask + "/form-variables",
                null,
                "task-answers",
                "engine-rest",
                "shown"),
            new Read(
                "hana",
                "/engine-rest/task?processInstanceBusinessKey=" + caseId,
                null,
                "task-list",
                "engine-rest",
                "shown"),
            new Read(
                "max",
                "/engine-rest/process-instance/" + instance,
                null,
                "pathway-progress",
                "engine-rest",
                "shown"),
            new Read(
                "max",
                "/engine-rest/process-instance/" + instance + "/variables",
                null,
                "case-values",
                "engine-rest",
                "shown"),
            new Read(
                "max",
                "/engine-rest/history/process-instance/" + instance,
                null,
                "case-history",
                "engine-rest",
                "shown"),
            new Read(
                "max",
                "/engine-rest/process-instance?businessKey=" + caseId,
                null,
                "case-list",
                "engine-rest",
                "shown"),
            new Read(
                "hana",
                webapp + "/task/" + hanasTask + "/form-variables",
                "http://localhost/camunda/app/tasklist/default/",
                "task-answers",
                "tasklist",
                "shown"),
            new Read(
                "max",
                webapp + "/process-instance/" + instance,
                "http://localhost/camunda/app/cockpit/default/",
                "pathway-progress",
                "cockpit",
                "shown"),
            // The engine refuses a task's answers to an agency that is not its candidate.
            new Read(
                "sara",
                "/engine-rest/task/" + hanasTask + "/variables",
                null,
                "task-answers",
                "engine-rest",
                "refused"));
    for (Read read : reads) {
      String correlation = UUID.randomUUID().toString();
      Map<String, String> headers = new java.util.HashMap<>();
      headers.put("X-Correlation-Id", correlation);
      if (read.referer() != null) {
        headers.put("Referer", read.referer());
      }
      ResponseEntity<String> answer =
          as(read.user()).getText(read.path(), "application/json", headers);
      assertThat(answer.getStatusCode().is2xxSuccessful())
          .as("%s %s: %s", read.user(), read.path(), answer.getBody())
          .isEqualTo(read.outcome().equals("shown"));
      assertThat(entries(correlation))
          .as("%s %s", read.user(), read.path())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e).containsEntry("case_reference", caseId);
                assertThat(e).containsEntry("what", read.what());
                assertThat(e).containsEntry("surface", read.surface());
                assertThat(e).containsEntry("outcome", read.outcome());
                assertThat(e).containsEntry("user_id", read.user());
              });
    }
    // Definitions and counts show no family: nothing is logged.
    String correlation = UUID.randomUUID().toString();
    as("max")
        .getText(
            "/engine-rest/process-definition",
            "application/json",
            Map.of("X-Correlation-Id", correlation));
    as("max")
        .getText(
            "/engine-rest/task/count", "application/json", Map.of("X-Correlation-Id", correlation));
    assertThat(entries(correlation)).isEmpty();
  }

  @Test
  void theChainFindsAChangedOrRemovedEntry() {
    Api ivy = as("ivy");
    as("hana").get("/api/cases/" + caseId);
    Map<String, Object> intact = Api.map(ivy.get("/api/audit/verify"));
    assertThat(intact).containsEntry("intact", true);
    assertThat(((Number) intact.get("entries")).longValue()).isPositive();
    assertThat(as("admin").get("/api/audit/verify").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    long id =
        jdbc.sql(
                "select min(id) from carepath.access_entry where case_reference = :c and user_id = 'hana'")
            .param("c", caseId)
            .query(Long.class)
            .single();
    jdbc.sql("update carepath.access_entry set user_id = 'someone-else' where id = :id")
        .param("id", id)
        .update();
    try {
      Map<String, Object> changed = Api.map(ivy.get("/api/audit/verify"));
      assertThat(changed).containsEntry("intact", false).containsEntry("problem", "entry-changed");
      assertThat(((Number) changed.get("firstBrokenEntry")).longValue()).isEqualTo(id);
    } finally {
      jdbc.sql("update carepath.access_entry set user_id = 'hana' where id = :id")
          .param("id", id)
          .update();
    }
    assertThat(Api.map(ivy.get("/api/audit/verify"))).containsEntry("intact", true);

    Map<String, Object> removed =
        jdbc.sql("select * from carepath.access_entry where id = :id")
            .param("id", id)
            .query()
            .singleRow();
    jdbc.sql("delete from carepath.access_entry where id = :id").param("id", id).update();
    try {
      Map<String, Object> gap = Api.map(ivy.get("/api/audit/verify"));
      assertThat(gap).containsEntry("intact", false).containsEntry("problem", "missing");
      assertThat(((Number) gap.get("firstBrokenEntry")).longValue()).isEqualTo(id);
    } finally {
      var insert =
          jdbc.sql(
              "insert into carepath.access_entry ("
                  + String.join(", ", removed.keySet())
                  + ") values ("
                  + String.join(", ", removed.keySet().stream().map(k -> ":" + k).toList())
                  + ")");
      for (var column : removed.entrySet()) {
        insert = insert.param(column.getKey(), column.getValue());
      }
      insert.update();
    }
    assertThat(Api.map(ivy.get("/api/audit/verify"))).containsEntry("intact", true);
  }

  @Test
  void whoHasSeenTheRecordIsShownToTheLeadManagersAndInformationGovernance() {
    as("sara").get("/api/cases/" + caseId);
    for (String user : List.of("hana", "max", "ivy")) {
      ResponseEntity<Object> log = as(user).get("/api/cases/" + caseId + "/access-log");
      assertThat(log.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(Api.list(Api.map(log).get("items")))
          .as(user)
          .anySatisfy(
              e -> {
                assertThat(e).containsEntry("user", "sara").containsEntry("outcome", "refused");
                assertThat(e).containsEntry("seen", "The case record");
                assertThat(e.get("agencies")).isEqualTo(List.of("school"));
              });
    }
    for (String user : List.of("sara", "dee", "admin")) {
      assertThat(as(user).get("/api/cases/" + caseId + "/access-log").getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    Api hana = as("hana");
    Map<String, Object> bySara =
        Api.map(hana.get("/api/cases/" + caseId + "/access-log?user=sara&surface=api"));
    assertThat(Api.list(bySara.get("items")))
        .allSatisfy(e -> assertThat(e).containsEntry("user", "sara"));
    assertThat(((Number) bySara.get("total")).longValue()).isPositive();
    assertThat(
            ((Number)
                    Api.map(hana.get("/api/cases/" + caseId + "/access-log?agency=school"))
                        .get("total"))
                .longValue())
        .isEqualTo(
            ((Number)
                    Api.map(hana.get("/api/cases/" + caseId + "/access-log?user=sara"))
                        .get("total"))
                .longValue());
    assertThat(
            Api.map(hana.get("/api/cases/" + caseId + "/access-log?from=2001-01-01&to=2001-01-02"))
                .get("total"))
        .isEqualTo(0);
    ResponseEntity<Object> bad =
        hana.get("/api/cases/" + caseId + "/access-log?surface=fax&from=yesterday");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(bad)).contains("surface", "from");
    assertThat(as("hana").get("/api/cases/CP-999999/access-log").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void informationGovernanceSeesEveryCasesLogAndUnusualAccess() {
    as("sara").get("/api/cases/" + caseId);
    Api ivy = as("ivy");
    Map<String, Object> all = Api.map(ivy.get("/api/audit/access?user=sara"));
    assertThat(((Number) all.get("total")).longValue()).isPositive();
    Map<String, Object> unusual = Api.map(ivy.get("/api/audit/unusual"));
    assertThat(Api.list(unusual.get("refused")))
        .anySatisfy(
            e ->
                assertThat(e).containsEntry("user", "sara").containsEntry("caseReference", caseId));
    assertThat(unusual).containsKeys("manyCasesNotServed", "outsideWorkingHours", "workingHours");
    assertThat(as("max").get("/api/audit/unusual").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("max").get("/api/audit/access").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void breakGlassLetsAPractitionerReadForFourHoursWithAReasonAndIsReviewed() {
    String family = FullRunScenario.refer(as("hana"));
    Api sara = as("sara");
    String path = "/api/cases/" + family + "/break-glass";
    assertThat(sara.get("/api/cases/" + family).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Object> tooShort = sara.post(path, Map.of("reason", "  urgent  "));
    assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(tooShort)).containsExactly("reason");
    assertThat(sara.post(path, Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as("hana").post(path, Map.of("reason", "I work with them already")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    for (String notAPractitioner : List.of("max", "dee", "ivy")) {
      assertThat(
              as(notAPractitioner)
                  .post(path, Map.of("reason", "Just looking at the family"))
                  .getStatusCode())
          .as(notAPractitioner)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(sara.get("/api/cases/" + family).getStatusCode())
        .as("a refused request grants nothing")
        .isEqualTo(HttpStatus.FORBIDDEN);

    String reason = "Child came to school with bruises; need to know who is involved";
    ResponseEntity<Object> granted = sara.post(path, Map.of("reason", reason));
    assertThat(granted.getStatusCode()).as("%s", granted.getBody()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> grant = Api.map(granted);
    assertThat(
            java.time.Duration.between(
                java.time.OffsetDateTime.parse((String) grant.get("grantedAt")),
                java.time.OffsetDateTime.parse((String) grant.get("expiresAt"))))
        .isEqualTo(java.time.Duration.ofHours(4));
    assertThat((String) grant.get("notice")).contains("cannot change it");

    // Read, and only read; every view is marked as emergency access.
    String correlation = UUID.randomUUID().toString();
    assertThat(
            sara.getText(
                    "/api/cases/" + family,
                    "application/json",
                    Map.of("X-Correlation-Id", correlation))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(entries(correlation))
        .singleElement()
        .satisfies(e -> assertThat(e).containsEntry("outcome", "break-glass"));
    assertThat(sara.getText("/cases/" + family, "text/html").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<Object> write =
        sara.post(
            "/api/cases/" + family + "/chronology",
            Map.of(
                "occurredOn", java.time.LocalDate.now().toString(), "summary", "Seen at school"));
    assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.map(write)).containsEntry("type", "urn:carepath:problem:break-glass-read-only");
    String consentTask =
        (String)
            FullRunScenario.openTask(as("hana"), family, "Record information-sharing consent")
                .get("id");
    assertThat(
            sara.post(
                    "/engine-rest/task/" + consentTask + "/submit-form",
                    Api.variables(Map.of("consentBasis", "given", "consentReason", "agreed")))
                .getStatusCode()
                .is2xxSuccessful())
        .as("emergency access never works a case's tasks")
        .isFalse();
    assertThat(
            jdbc.sql(
                    "select count(*) from carepath.access_entry where case_reference = :c"
                        + " and what = 'break-glass' and outcome = 'break-glass' and detail = :r"
                        + " and user_id = 'sara'")
                .param("c", family)
                .param("r", reason)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // The lead's agency or information governance reviews it within 2 working days.
    Api ivy = as("ivy");
    List<Map<String, Object>> reviews =
        Api.list(
            ivy.get(
                "/engine-rest/task?processDefinitionKey=break-glass-review&processInstanceBusinessKey="
                    + family));
    assertThat(reviews).singleElement().satisfies(t -> assertThat(t.get("due")).isNotNull());
    assertThat(
            Api.list(
                as("hana")
                    .get(
                        "/engine-rest/task?processDefinitionKey=break-glass-review"
                            + "&processInstanceBusinessKey="
                            + family)))
        .hasSize(1);
    java.time.OffsetDateTime due =
        java.time.OffsetDateTime.parse(
            ((String) reviews.get(0).get("due"))
                .replaceFirst("(\\+|-)(\\d\\d)(\\d\\d)$", "$1$2:$3"));
    assertThat(java.time.Duration.between(java.time.OffsetDateTime.now(clock), due))
        .isBetween(
            java.time.Duration.ofDays(2).minusMinutes(1),
            java.time.Duration.ofDays(4).plusMinutes(1));
    Object reviewTask = reviews.get(0).get("id");
    ResponseEntity<Object> noNotes =
        ivy.post(
            "/engine-rest/task/" + reviewTask + "/submit-form",
            Api.variables(Map.of("breakGlassOutcome", "not-appropriate")));
    assertThat(noNotes.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            ivy.post(
                    "/engine-rest/task/" + reviewTask + "/submit-form",
                    Api.variables(
                        Map.of(
                            "breakGlassOutcome",
                            "not-appropriate",
                            "breakGlassReviewNotes",
                            "The school's safeguarding lead should have called us")))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> followUp =
        Api.list(
                ivy.get(
                    "/engine-rest/task?processDefinitionKey=break-glass-review&processInstanceBusinessKey="
                        + family))
            .get(0);
    assertThat(followUp.get("taskDefinitionKey")).isEqualTo("follow-up-break-glass");
    assertThat(
            ivy.post(
                    "/engine-rest/task/" + followUp.get("id") + "/submit-form",
                    Api.variables(
                        Map.of("breakGlassFollowUpAction", "Spoken to sara and her manager")))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            jdbc.sql(
                    "select review_outcome || '/' || reviewed_by || '/' || follow_up"
                        + " from carepath.break_glass where id = :id")
                .param("id", ((Number) grant.get("id")).longValue())
                .query(String.class)
                .single())
        .isEqualTo("not-appropriate/ivy/Spoken to sara and her manager");

    // The dashboard shows it, to managers and information governance.
    Map<String, Object> dashboard = Api.map(as("max").get("/api/dashboard/break-glass"));
    assertThat(((Number) dashboard.get("granted")).longValue()).isPositive();
    assertThat(((Number) dashboard.get("judgedNotAppropriate")).longValue()).isPositive();
    assertThat(Api.list(dashboard.get("recent")))
        .anySatisfy(
            g ->
                assertThat(g)
                    .containsEntry("caseReference", family)
                    .containsEntry("userId", "sara"));
    assertThat(as("ivy").get("/api/dashboard/break-glass").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(sara.get("/api/dashboard/break-glass").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // Four hours later the glass is whole again.
    clock.advance(java.time.Duration.ofHours(4).plusMinutes(1));
    assertThat(sara.get("/api/cases/" + family).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sara.getText("/cases/" + family, "text/html").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void breakGlassTheAccessLogAndItsCheckWorkInARealBrowser() throws Exception {
    InTheBrowser.run(
        "information-governance.mjs", port, Map.of("CASE_ID", FullRunScenario.refer(as("hana"))));
  }

  @Test
  void aSubjectAccessRequestGathersEverythingAboutThePersonAndMarksOtherPeople() {
    String family = FullRunScenario.refer(as("hana"));
    Api hana = as("hana");
    assertThat(
            hana.post(
                    "/api/cases/" + family + "/chronology",
                    Map.of(
                        "occurredOn", java.time.LocalDate.now().toString(),
                        "kind", "visit",
                        "child", "Ben Example",
                        "summary", "Ben said he makes his own breakfast"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(
            hana.post(
                    "/api/cases/" + family + "/chronology",
                    Map.of(
                        "occurredOn", java.time.LocalDate.now().toString(),
                        "kind", "note",
                        "summary", "Amy asked for help with her script"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    Api ivy = as("ivy");
    String path = "/api/cases/" + family + "/subject-access";

    Map<String, Object> export = Api.map(ivy.get(path + "?person=amy%20example"));
    assertThat(export)
        .containsEntry("person", "Amy Example")
        .containsEntry("caseReference", family);
    List<Map<String, Object>> sections = Api.list(export.get("sections"));
    assertThat(sections)
        .extracting(x -> x.get("title"))
        .contains("The person and the case", "Chronology", "Work still open", "Lead professionals");
    List<Map<String, Object>> chronology =
        Api.list(
            sections.stream()
                .filter(x -> "Chronology".equals(x.get("title")))
                .findFirst()
                .orElseThrow()
                .get("items"));
    assertThat(chronology)
        .anySatisfy(
            item -> {
              assertThat(item.get("content").toString()).contains("makes his own breakfast");
              assertThat(item.get("forReview").toString()).contains("Is about Ben Example");
            })
        .anySatisfy(
            item -> {
              assertThat(item.get("content").toString()).contains("help with her script");
              assertThat((List<?>) item.get("forReview")).isEmpty();
            });
    assertThat(((Number) export.get("itemsForReview")).intValue()).isPositive();
    assertThat(ivy.getText(path + "?person=Amy%20Example", "text/html").getBody())
        .contains("For review: Is about Ben Example")
        .contains("help with her script");

    ResponseEntity<Object> nobody = ivy.get(path + "?person=Someone%20Else");
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(nobody)).containsExactly("person");
    assertThat(ivy.get(path).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    for (String user : List.of("hana", "max", "admin")) {
      assertThat(as(user).get(path + "?person=Amy%20Example").getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }

    ResponseEntity<Object> incomplete =
        ivy.post(path + "/releases", Map.of("person", "Amy Example"));
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(incomplete)).containsExactlyInAnyOrder("releasedTo", "notes");
    ResponseEntity<Object> released =
        ivy.post(
            path + "/releases",
            Map.of(
                "person", "Amy Example",
                "releasedTo", "Amy Example, by secure email",
                "notes", "Entries about Ben withheld: third-party information"));
    assertThat(released.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(
            jdbc.sql(
                    "select what from carepath.access_entry where case_reference = :c and user_id = 'ivy'"
                        + " order by id")
                .param("c", family)
                .query(String.class)
                .list())
        .contains("subject-access", "subject-access-print", "subject-access-release");
  }

  /** A family of its own, so its names are found nowhere else in either schema. */
  /** A user of the demo profile, with their password. */
  Api as(String user) {
    return Api.as(port, user, user.equals("admin") ? adminPassword() : "demo");
  }

  String adminPassword() {
    return "demo";
  }

  boolean postgres() {
    return false;
  }

  private static Map<String, Object> quarringtons() {
    return Map.of(
        "referringAgency",
        "health-visiting",
        "reason",
        "Mother disclosed heroin use; Ossian is often late to nursery.",
        "adults",
        List.of(
            Map.of(
                "name", "Zelda Quarrington",
                "role", "mother",
                "dateOfBirth", "1990-02-03",
                "substances", List.of("heroin"))),
        "children",
        List.of(
            Map.of(
                "name", "Ossian Quarrington", "dateOfBirth", "2021-06-01", "livesWith", "mother"),
            Map.of(
                "name",
                "Perpetua Quarrington",
                "dateOfBirth",
                "2016-09-12",
                "livesWith",
                "mother")));
  }

  @Test
  void aRecordPastItsRetentionIsDestroyedOnlyAfterTwoPeopleApproveAndLeavesATombstone() {
    Api hana = as("hana");
    Api ivy = as("ivy");
    String family = (String) Api.map(hana.post("/api/cases", quarringtons())).get("id");
    String held = FullRunScenario.refer(hana);
    hana.post(
        "/api/cases/" + family + "/chronology",
        Map.of(
            "occurredOn", java.time.LocalDate.now().toString(),
            "kind", "visit",
            "child", "Ossian Quarrington",
            "summary", "Ossian Quarrington showed me his room"));
    String consent =
        (String)
            FullRunScenario.openTask(hana, family, "Record information-sharing consent").get("id");
    hana.get("/engine-rest/task/" + consent + "/form-variables");
    String today = java.time.LocalDate.now().toString();
    long adultsBefore =
        ((Number)
                Api.map(as("max").get("/api/reports/hidden-harm?from=" + today + "&to=" + today))
                    .get("adults"))
            .longValue();

    // Closed today (the pathway's own way to close takes a year of support; the test closes it).
    for (String reference : List.of(family, held)) {
      jdbc.sql(
              "update carepath.family_case set status = 'CLOSED', closed_at = current_timestamp,"
                  + " closure_reason = 'Support ended' where reference = :r")
          .param("r", reference)
          .update();
    }
    Map<String, Object> retention = Api.map(ivy.get("/api/cases/" + family + "/retention"));
    assertThat(retention).containsEntry("destroyFrom", "2046-06-01");
    assertThat(retention.get("recordClasses").toString()).contains("early-help", "health-child");
    assertThat(hana.get("/api/cases/" + family + "/retention").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // A legal hold: placed by a manager or information governance, lifted only by the latter.
    String holdPath = "/api/cases/" + held + "/legal-hold";
    assertThat(as("max").post(holdPath, Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as("sara").post(holdPath, Map.of("reason", "x")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            as("max")
                .post(holdPath, Map.of("reason", "Serious case review of the family's GP practice"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(as("max").post(holdPath + "/lift", Map.of("reason", "Done")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(namesFound("quarrington")).as("the family is on the record").isPositive();
    clock.advance(
        java.time.Duration.between(
            java.time.OffsetDateTime.now(),
            java.time.OffsetDateTime.parse("2046-06-02T03:00:00Z")));
    try {
      AccessLogRetentionIT.runTheNightlyCheck(managementService);
      List<Map<String, Object>> lists = Api.list(ivy.get("/api/retention/lists"));
      Map<String, Object> list = lists.get(0);
      List<Map<String, Object>> listed = Api.list(list.get("cases"));
      assertThat(listed)
          .extracting(c -> c.get("caseReference"))
          .contains(family)
          .doesNotContain(held);
      Object listId = ((Map<?, ?>) list.get("list")).get("id");
      String approve = "/api/retention/lists/" + listId + "/approve";
      assertThat(ivy.post(approve, Map.of()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(namesFound("quarrington")).as("listing destroys nothing").isPositive();
      assertThat(ivy.post("/api/retention/lists/" + listId + "/check", Map.of()).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      ResponseEntity<Object> sameperson = ivy.post(approve, Map.of());
      assertThat(sameperson.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(Api.map(sameperson))
          .containsEntry("type", "urn:carepath:problem:second-person-needed");
      ResponseEntity<Object> approved = as("iris").post(approve, Map.of());
      assertThat(approved.getStatusCode()).as("%s", approved.getBody()).isEqualTo(HttpStatus.OK);
    } finally {
      clock.reset();
    }

    assertThat(namesFound("quarrington"))
        .as("no trace of the family's names in either schema")
        .isZero();
    assertThat(hana.get("/api/cases/" + family).getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(Api.map(hana.get("/api/cases/" + family)))
        .containsEntry("type", "urn:carepath:problem:case-destroyed");
    assertThat(hana.getText("/cases/" + family, "text/html").getStatusCode())
        .isEqualTo(HttpStatus.GONE);
    assertThat(
            jdbc.sql("select approved_by from carepath.case_tombstone where reference = :r")
                .param("r", family)
                .query(String.class)
                .single())
        .isEqualTo("iris");
    assertThat(hana.get("/api/cases/" + held).getStatusCode())
        .as("the held case stays")
        .isEqualTo(HttpStatus.OK);
    assertThat(
            jdbc.sql("select count(*) from carepath.access_entry where case_reference = :r")
                .param("r", family)
                .query(Long.class)
                .single())
        .as("who saw the record outlives it")
        .isPositive();
    assertThat(Api.map(ivy.get("/api/audit/verify"))).containsEntry("intact", true);
    Map<String, Object> hiddenHarm =
        Api.map(as("max").get("/api/reports/hidden-harm?from=" + today + "&to=" + today));
    assertThat(((Number) hiddenHarm.get("adults")).longValue())
        .as("the Hidden Harm figures already reported stand")
        .isEqualTo(adultsBefore);
  }

  @Test
  void informationGovernanceDeploysTheRetentionPeriodsAndNoOtherModel() throws Exception {
    String table =
        java.nio.file.Files.readString(java.nio.file.Path.of("dmn/retention-periods.dmn"))
            .replace(
                "A family's early help record is kept until the child's 25th birthday.",
                "A family's early help record is kept until the child's 25th birthday (confirmed).");
    ResponseEntity<Object> deployed =
        as("ivy")
            .upload(
                "/api/models/deployments",
                Map.of("reason", "Caldicott Guardian confirmed the early help period"),
                Map.of(
                    "retention-periods.dmn",
                    table.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Object> pathway =
        as("ivy")
            .upload(
                "/api/models/deployments",
                Map.of("reason", "Shorter review"),
                Map.of(
                    "break-glass-review.bpmn",
                    java.nio.file.Files.readAllBytes(
                        java.nio.file.Path.of("bpmn/break-glass-review.bpmn"))));
    assertThat(pathway.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            as("ivy")
                .upload(
                    "/engine-rest/deployment/create",
                    Map.of("deployment-name", "from Modeler"),
                    Map.of(
                        "break-glass-review.bpmn",
                        java.nio.file.Files.readAllBytes(
                            java.nio.file.Path.of("bpmn/break-glass-review.bpmn"))))
                .getStatusCode()
                .is2xxSuccessful())
        .as("nor through the engine's REST API, as Modeler deploys")
        .isFalse();
  }

  /** Rows of either schema, text or bytes, that contain the word. */
  private long namesFound(String word) {
    long found = 0;
    String schemas = postgres() ? "('public', 'carepath')" : "('PUBLIC', 'CAREPATH')";
    for (Map<String, Object> column :
        jdbc.sql(
                "select table_schema, table_name, column_name, data_type"
                    + " from information_schema.columns where table_schema in "
                    + schemas)
            .query()
            .listOfRows()) {
      Map<String, Object> c = lowerKeys(column);
      String type = ((String) c.get("data_type")).toLowerCase(java.util.Locale.ROOT);
      boolean binary = type.startsWith("binary") || type.equals("bytea");
      if (!binary && !type.startsWith("character") && !type.equals("text")) {
        continue;
      }
      String name = c.get("table_schema") + ".\"" + c.get("table_name") + "\"";
      String col = "\"" + c.get("column_name") + "\"";
      String text =
          !binary
              ? col
              : postgres() ? "encode(" + col + ", 'escape')" : "utf8tostring(" + col + ")";
      found +=
          jdbc.sql("select count(*) from " + name + " where lower(" + text + ") like :w")
              .param("w", "%" + word + "%")
              .query(Long.class)
              .single();
    }
    return found;
  }

  private List<Map<String, Object>> entries(String correlation) {
    return jdbc
        .sql("select * from carepath.access_entry where correlation_id = :c order by id")
        .param("c", correlation)
        .query()
        .listOfRows()
        .stream()
        .map(InformationGovernanceIT::lowerKeys)
        .toList();
  }

  private static Map<String, Object> lowerKeys(Map<String, Object> row) {
    Map<String, Object> lower = new java.util.HashMap<>();
    row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
    return lower;
  }

  private static String name(HandlerMethod handler) {
    return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
  }
}
