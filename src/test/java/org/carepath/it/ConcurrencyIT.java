package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Two people acting at once lose nothing and see no internals: completing the same task together
 * (or a double click) gives one success and one 409 in plain words, never a 500; the same on our
 * own API.
 */
// The engine registers itself by name ("default") for its REST API: one live context at a time.
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:file:./target/it-h2/${random.uuid};DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0")
class ConcurrencyIT {

  private static final int RACES = Integer.getInteger("races", 20);

  /** What a response must never show a practitioner or another tool. */
  private static final List<String> INTERNALS =
      List.of("ENGINE-", "Exception", "Entity", "INSERT", "UPDATE", "SQL", "org.camunda", "java.");

  private static final ExecutorService PEOPLE = Executors.newFixedThreadPool(2);

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired JdbcClient jdbc;

  /** Racing writers leave each agency's kept total matching its rows. */
  @org.junit.jupiter.api.AfterEach
  void workListTotalsInStep() {
    assertThat(PathwayTables.workListTotalsOutOfStep(jdbc)).isEmpty();
  }

  @AfterAll
  static void stop() {
    PEOPLE.shutdownNow();
  }

  @Test
  void twoPeopleCompletingTheSameTaskAtOnceGetOneSuccessAndOneConflict() throws Exception {
    Api hana = Api.as(port, "hana");
    for (int race = 1; race <= RACES; race++) {
      String id = FullRunScenario.refer(hana);
      String task =
          (String)
              FullRunScenario.openTask(hana, id, "Record information-sharing consent").get("id");
      Map<String, Object> consent =
          Api.variables(Map.of("consentBasis", "given", "consentReason", "Agreed, race " + race));

      List<ResponseEntity<Object>> answers =
          atOnce(() -> hana.post("/engine-rest/task/" + task + "/submit-form", consent));

      assertThat(answers)
          .as("race %d on %s: %s", race, id, answers)
          .extracting(answer -> answer.getStatusCode().value())
          .containsExactlyInAnyOrder(204, 409);
      ResponseEntity<Object> conflict =
          answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CONFLICT).findFirst().get();
      assertPlainConflict(conflict);
      // Nothing lost, nothing twice: one consent decision, and the pathway moved on once.
      assertThat(consentDecisions(id)).as("consent decisions of %s", id).isEqualTo(1);
      assertThat(FullRunScenario.openTask(hana, id, "Assess family")).isNotNull();
    }
  }

  @Test
  void aTaskCompletedMomentsAgoIsAConflictNotAnError() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.refer(hana);
    String task =
        (String) FullRunScenario.openTask(hana, id, "Record information-sharing consent").get("id");
    Map<String, Object> consent =
        Api.variables(Map.of("consentBasis", "given", "consentReason", "Agreed"));
    assertThat(hana.post("/engine-rest/task/" + task + "/submit-form", consent).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Object> second =
        hana.post("/engine-rest/task/" + task + "/submit-form", consent);

    assertPlainConflict(second);
    assertThat((String) Api.map(second).get("detail")).contains("completed by someone else");
    assertThat(consentDecisions(id)).isEqualTo(1);
  }

  @Test
  void anUnknownTaskIsStillNotFound() {
    ResponseEntity<Object> unknown =
        Api.as(port, "hana")
            .post(
                "/engine-rest/task/no-such-task/submit-form",
                Api.variables(Map.of("consentBasis", "given")));

    assertThat(unknown.getStatusCode().is4xxClientError()).isTrue();
    assertThat(unknown.getStatusCode()).isNotEqualTo(HttpStatus.CONFLICT);
    assertThat(unknown.getBody().toString()).doesNotContain("ENGINE-", "org.camunda", "Entity");
  }

  @Test
  void twoTransfersAtOnceStartOneHandoffAndRefuseTheOtherPlainly() throws Exception {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.atLevelOne(hana);
    Map<String, Object> transfer =
        Map.of("toAgency", "school", "reason", "The school sees the children every day");

    List<ResponseEntity<Object>> answers =
        atOnce(() -> hana.post("/api/cases/" + id + "/transfers", transfer));

    assertThat(answers)
        .extracting(answer -> answer.getStatusCode().value())
        .containsExactlyInAnyOrder(202, 409);
    ResponseEntity<Object> refused =
        answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CONFLICT).findFirst().get();
    assertThat(Api.map(refused)).containsEntry("type", "urn:carepath:problem:handoff-in-progress");
    assertThat(refused.getBody().toString()).doesNotContain(INTERNALS.toArray(String[]::new));
    assertThat(Api.list(Api.map(hana.get("/api/cases/" + id)).get("handoffs"))).hasSize(1);
  }

  private static void assertPlainConflict(ResponseEntity<Object> conflict) {
    assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(conflict.getHeaders().getContentType().toString()).contains("problem+json");
    Map<String, Object> body = Api.map(conflict);
    assertThat(body)
        .containsEntry("type", "urn:carepath:problem:conflict")
        .containsEntry("status", 409)
        .containsKeys("title", "detail", "correlationId");
    assertThat((String) body.get("detail")).contains("someone else");
    assertThat(conflict.getBody().toString()).doesNotContain(INTERNALS.toArray(String[]::new));
  }

  /** The same request by two people released together. */
  private static List<ResponseEntity<Object>> atOnce(Supplier<ResponseEntity<Object>> request)
      throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<ResponseEntity<Object>>> running = new ArrayList<>();
    for (int person = 0; person < 2; person++) {
      running.add(
          PEOPLE.submit(
              () -> {
                together.await();
                return request.get();
              }));
    }
    List<ResponseEntity<Object>> answers = new ArrayList<>();
    for (Future<ResponseEntity<Object>> answer : running) {
      answers.add(answer.get());
    }
    return answers;
  }

  private long consentDecisions(String caseReference) {
    return jdbc.sql(
            """
            select count(*) from carepath.consent_decision d
              join carepath.family_case c on c.id = d.case_id where c.reference = :r
            """)
        .param("r", caseReference)
        .query(Long.class)
        .single();
  }
}
