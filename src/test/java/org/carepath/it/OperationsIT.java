package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * What an operations team and a load balancer see: health without credentials (status only),
 * details and metrics for the operations group only, the pathway and engine figures moving with the
 * work, latency histograms, and sign-in sessions kept in the database.
 */
@OwnH2Application
@AutoConfigureObservability
@TestPropertySource(properties = "carepath.operations.metrics-fresh=0s")
class OperationsIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aLoadBalancerReadsHealthWithoutCredentialsAndLearnsOnlyUpOrDown() {
    for (String path :
        new String[] {
          "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"
        }) {
      ResponseEntity<Object> answer = Api.anonymous(port).get(path);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      Map<String, Object> health = Api.map(answer);
      assertThat(health).as(path).containsEntry("status", "UP").doesNotContainKeys("components");
      // A signed-in practitioner is no different.
      assertThat(Api.map(Api.as(port, "sam").get(path))).doesNotContainKeys("components");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void operationsSeeWhatReadinessIsMadeOf() {
    Map<String, Object> readiness = Api.map(Api.as(port, "ops").get("/actuator/health/readiness"));
    Map<String, Object> components = (Map<String, Object>) readiness.get("components");
    assertThat(components).containsKeys("db", "jobExecutor", "flyway", "readinessState");
    Map<String, Object> flyway = (Map<String, Object>) components.get("flyway");
    assertThat(flyway).containsEntry("status", "UP");
    assertThat((Map<String, Object>) flyway.get("details"))
        .containsEntry("pending", 0)
        .containsEntry("failed", 0);
    Map<String, Object> liveness = Api.map(Api.as(port, "ops").get("/actuator/health/liveness"));
    assertThat((Map<String, Object>) liveness.get("components"))
        .as("a database outage must not restart the node: liveness is the node itself")
        .containsOnlyKeys("livenessState");
  }

  @Test
  void metricsAreForOperationsOnly() {
    ResponseEntity<Object> anonymous = Api.anonymous(port).get("/actuator/prometheus");
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.map(anonymous)).containsEntry("type", "urn:carepath:problem:unauthenticated");
    for (String user : new String[] {"sam", "max", "ivy", "dee"}) {
      ResponseEntity<Object> refused = Api.as(port, user).get("/actuator/metrics");
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(Api.map(refused)).containsEntry("type", "urn:carepath:problem:operations-only");
    }
    assertThat(Api.as(port, "ops").get("/actuator/metrics").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // What would reveal families' data or secrets is not there at all.
    for (String path : new String[] {"/actuator/heapdump", "/actuator/env", "/actuator/beans"}) {
      assertThat(statusAsOps(path)).as(path).isEqualTo(404);
    }
  }

  @Test
  void thePathwayAndTheEngineAreSeenFromOutside() {
    String before = prometheus();
    Api.as(port, "sara").post("/api/cases", Referrals.motherUsingHeroin("school"));
    Api.as(port, "hana").get("/api/work");
    String after = prometheus();

    assertThat(value(after, "carepath_referrals_total", ""))
        .isEqualTo(value(before, "carepath_referrals_total", "") + 1);
    // One of the engine's timers may add a task between the two readings: read until they agree.
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              Map<String, Object> busiest =
                  jdbc.sql(
                          "select group_id, count(*) as n from carepath.work_item group by"
                              + " group_id order by count(*) desc limit 1")
                      .query()
                      .singleRow();
              String agency = "agency=\"" + busiest.get("group_id") + "\"";
              assertThat(value(prometheus(), "carepath_tasks_open", agency))
                  .isEqualTo(((Number) busiest.get("n")).longValue())
                  .isPositive();
            });
    assertThat(
            value(after, "carepath_engine_events_total", "event=\"root-process-instance-start\""))
        .isGreaterThan(
            value(before, "carepath_engine_events_total", "event=\"root-process-instance-start\""));
    assertThat(after)
        .contains("carepath_decision_evaluations_seconds_count{")
        .contains("carepath_incidents_open")
        .contains("carepath_jobs_failed")
        .contains("carepath_handoffs_waiting{")
        .contains("carepath_level_decisions_total{")
        .contains("carepath_routed_tasks_total{");
    assertThat(after)
        .as("a latency histogram for the work list")
        .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/work\"");
  }

  @Test
  void aSignInIsKeptInTheDatabase() {
    SignedInBrowser.signIn(port, "mia", "demo");
    assertThat(
            jdbc.sql("select count(*) from carepath.spring_session where principal_name = 'mia'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void theEngineKeepsEachVariableOnceNotARowPerChange() {
    String reference =
        (String)
            Api.map(Api.as(port, "sara").post("/api/cases", Referrals.motherUsingHeroin("school")))
                .get("id");
    String instance =
        jdbc.sql(
                "select id_ from act_hi_procinst where business_key_ = :r"
                    + " and proc_def_key_ = 'family-pathway'")
            .param("r", reference)
            .query(String.class)
            .single();
    assertThat(
            jdbc.sql(
                    "select text_ from act_hi_varinst where proc_inst_id_ = :p"
                        + " and name_ = 'caseReference'")
                .param("p", instance)
                .query(String.class)
                .list())
        .as("the variable's value, in the engine's history")
        .containsExactly(reference);
    assertThat(
            jdbc.sql("select count(*) from act_hi_detail where proc_inst_id_ = :p")
                .param("p", instance)
                .query(Long.class)
                .single())
        .as("no second copy per change")
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from act_hi_actinst where proc_inst_id_ = :p")
                .param("p", instance)
                .query(Long.class)
                .single())
        .as("the rest of full history is kept")
        .isPositive();
  }

  private String prometheus() {
    HttpResponse<String> answer = asOps("/actuator/prometheus");
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.body();
  }

  private int statusAsOps(String path) {
    return asOps(path).statusCode();
  }

  /** As a Prometheus scraper: HTTP Basic, any content type. */
  private HttpResponse<String> asOps(String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString("ops:demo".getBytes(StandardCharsets.UTF_8)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One sample's value, by name and a label it carries ("" for any). */
  static long value(String exposition, String name, String label) {
    Matcher sample =
        Pattern.compile(
                "^" + Pattern.quote(name) + "\\{([^}]*)\\} ([0-9.E+-]+)$", Pattern.MULTILINE)
            .matcher(exposition);
    while (sample.find()) {
      if (sample.group(1).contains(label)) {
        return (long) Double.parseDouble(sample.group(2));
      }
    }
    throw new AssertionError("No sample " + name + " {" + label + "} in the metrics");
  }
}
