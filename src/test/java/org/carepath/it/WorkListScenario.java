package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The practitioner's work list over HTTP: the agency's open tasks from the read model, the same
 * tasks the engine would show, claiming and handing back, and refusals that name the field.
 */
final class WorkListScenario {

  private final int port;

  WorkListScenario(int port) {
    this.port = port;
  }

  void anAgencySeesItsOpenTasksAndTakesThemOn() {
    Api hana = Api.as(port, "hana");
    Api sara = Api.as(port, "sara");
    String id = FullRunScenario.refer(hana);
    String taskId =
        (String) FullRunScenario.openTask(hana, id, "Record information-sharing consent").get("id");

    Map<String, Object> item = itemOf(hana, taskId);
    assertThat(item)
        .containsEntry("caseId", id)
        .containsEntry("familyName", "Amy Example")
        .containsEntry("name", "Record information-sharing consent")
        .containsEntry("taskKey", "record-consent")
        .containsEntry("agency", "health-visiting");
    assertThat(item.get("assignee")).isNull();
    assertThat(itemOf(sara, taskId)).isNull();
    // The read model answers what the engine's own authorized query would.
    long total = ((Number) Api.map(hana.get("/api/work?size=1")).get("total")).longValue();
    assertThat(total).isEqualTo(engineCount(hana));

    // Taken on by hana: in her own list; sara cannot take it; handed back.
    assertThat(hana.post("/api/work/" + taskId + "/claim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(itemOf(hana, taskId)).containsEntry("assignee", "hana");
    assertThat(
            Api.list(Api.map(hana.get("/api/work?mine=true&size=200")).get("items")).stream()
                .map(i -> i.get("taskId")))
        .contains(taskId);
    assertThat(sara.post("/api/work/" + taskId + "/claim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(hana.post("/api/work/" + taskId + "/unclaim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(itemOf(hana, taskId).get("assignee")).isNull();

    // Done: gone from the list; the next task of the pathway is there.
    FullRunScenario.complete(
        hana,
        id,
        "Record information-sharing consent",
        Map.of("consentBasis", "given", "consentReason", "agreed"));
    assertThat(itemOf(hana, taskId)).isNull();
    String assess = (String) FullRunScenario.openTask(hana, id, "Assess family").get("id");
    assertThat(itemOf(hana, assess)).containsEntry("taskKey", "assess-family");

    // Filters answer 400 naming the field when they cannot be met.
    ResponseEntity<Object> bad = hana.get("/api/work?size=0&due=soon&agency=school&level=7");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(bad)).containsExactlyInAnyOrder("size", "due", "agency", "level");
  }

  /** The item of this task in the user's list (all pages), or null. */
  private static Map<String, Object> itemOf(Api as, String taskId) {
    for (int page = 0; ; page++) {
      Map<String, Object> answer = Api.map(as.get("/api/work?size=200&page=" + page));
      List<Map<String, Object>> items = Api.list(answer.get("items"));
      for (Map<String, Object> item : items) {
        if (taskId.equals(item.get("taskId"))) {
          return item;
        }
      }
      if (items.size() < 200) {
        return null;
      }
    }
  }

  private static long engineCount(Api as) {
    return ((Number) Api.map(as.get("/engine-rest/task/count")).get("count")).longValue();
  }
}
