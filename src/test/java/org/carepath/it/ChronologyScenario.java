package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A case's chronology over HTTP: the pathway's own records merged with practitioners' dated
 * entries, append-only corrections, a child seen and heard, filters, CSV, and who may see it.
 */
final class ChronologyScenario {

  private final int port;
  private final String outsider;

  /** {@code outsider}: a user whose agency does not work with the family. */
  ChronologyScenario(int port, String outsider) {
    this.port = port;
    this.outsider = outsider;
  }

  void aCaseTellsItsStoryInOneTimeline() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.atLevelOne(hana);
    String today = LocalDate.now().toString();

    ResponseEntity<Object> added =
        hana.post(
            "/api/cases/" + id + "/chronology",
            Map.of(
                "occurredOn", today,
                "kind", "visit",
                "summary", "Home visit: Ben showed me his drawings; fridge stocked",
                "child", "Ben Example"));
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Number entry = (Number) Api.map(added).get("entryId");
    ResponseEntity<Object> correction =
        hana.post(
            "/api/cases/" + id + "/chronology",
            Map.of(
                "occurredOn",
                today,
                "kind",
                "correction",
                "summary",
                "The visit was with Cara, not Ben",
                "corrects",
                entry));
    assertThat(correction.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Object> bad =
        hana.post(
            "/api/cases/" + id + "/chronology",
            Map.of(
                "occurredOn", LocalDate.now().plusDays(3).toString(),
                "kind", "gossip",
                "summary", " ",
                "child", "Zed"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(bad))
        .containsExactlyInAnyOrder("occurredOn", "kind", "summary", "child");

    ResponseEntity<Object> seen =
        hana.post(
            "/api/cases/" + id + "/child-seen",
            Map.of(
                "child",
                "Cara Example",
                "seenOn",
                today,
                "seenAlone",
                true,
                "childViews",
                "Cara said she likes it when Gran stays over"));
    assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Object> noViews =
        hana.post(
            "/api/cases/" + id + "/child-seen",
            Map.of("child", "Cara Example", "seenOn", today, "seenAlone", false));
    assertThat(Api.errorFields(noViews)).containsExactly("childViews");

    List<Map<String, Object>> timeline =
        Api.list(Api.map(hana.get("/api/cases/" + id + "/chronology")).get("items"));
    assertThat(timeline)
        .extracting(i -> i.get("kind"))
        .contains("referral", "consent", "assessment", "level", "entry", "child-seen");
    assertThat(timeline.get(0)).containsEntry("kind", "referral");
    assertThat(timeline)
        .filteredOn(i -> "child-seen".equals(i.get("kind")))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i).containsEntry("child", "Cara Example").containsEntry("by", "hana");
              assertThat((String) i.get("summary")).contains("Gran stays over");
            });
    assertThat(timeline)
        .filteredOn(i -> entry.equals(i.get("corrects")))
        .singleElement()
        .satisfies(i -> assertThat((String) i.get("summary")).startsWith("Correction to entry"));
    // Sources appear by what they are, in words, never as codes.
    assertThat(timeline)
        .filteredOn(i -> "level".equals(i.get("kind")))
        .extracting(i -> (String) i.get("summary"))
        .containsExactly("Level 1 confirmed");

    assertThat(
            Api.list(
                Api.map(hana.get("/api/cases/" + id + "/chronology?child=Cara%20Example"))
                    .get("items")))
        .extracting(i -> i.get("kind"))
        .containsExactly("child-seen");
    assertThat(
            Api.list(Api.map(hana.get("/api/cases/" + id + "/chronology?kind=entry")).get("items")))
        .hasSize(2);

    ResponseEntity<String> csv =
        Api.as(port, "hana").getText("/api/cases/" + id + "/chronology", "text/csv");
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains(id);
    assertThat(csv.getBody())
        .startsWith("When,What,Agency,By,Child,Summary")
        .contains("Cara said she likes it when Gran stays over");

    assertThat(Api.list(Api.map(hana.get("/api/cases/" + id)).get("childrenSeen")))
        .filteredOn(c -> "Cara Example".equals(c.get("child")))
        .singleElement()
        .satisfies(c -> assertThat(c).containsEntry("lastSeenOn", today));

    // An agency not working with the family sees none of it.
    assertThat(Api.as(port, outsider).get("/api/cases/" + id + "/chronology").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** The assessment form records which children were seen, with their words. */
  void theAssessmentRecordsTheChildrenItSaw() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.referredWithConsent(hana, "given", "agreed");
    Map<String, Object> task = FullRunScenario.openTask(hana, id, "Assess family");
    Map<String, Object> offered =
        Api.map(
            hana.get(
                "/engine-rest/task/" + task.get("id") + "/form-variables?deserializeValues=false"));
    assertThat(offered).containsKey("caseChildren");
    assertThat(((Map<?, ?>) offered.get("caseChildren")).get("value").toString())
        .contains("Ben Example", "Cara Example");

    Map<String, Object> assessment =
        new java.util.HashMap<>(
            FullRunScenario.assessment("stable-treatment", List.of(), List.of(), true));
    assessment.put("childrenSeenHere", List.of("Ben Example", "Cara Example"));
    assessment.put("childrenSeenAlone", false);
    ResponseEntity<Object> noWords =
        hana.post(
            "/engine-rest/task/" + task.get("id") + "/submit-form", Api.variables(assessment));
    assertThat(noWords.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(noWords)).containsExactly("childrenSeenViews");
    assertThat(chronologyOf(hana, id, "child-seen")).isEmpty();

    assessment.put("childrenSeenViews", "Ben: 'mummy is tired'. Cara showed me her room.");
    FullRunScenario.complete(hana, id, "Assess family", assessment);

    assertThat(chronologyOf(hana, id, "child-seen"))
        .extracting(item -> item.get("child"))
        .containsExactlyInAnyOrder("Ben Example", "Cara Example");
    Map<String, Object> caseFile = Api.map(hana.get("/api/cases/" + id));
    assertThat(Api.list(caseFile.get("childrenSeen")))
        .allSatisfy(c -> assertThat(c).containsEntry("lastSeenOn", LocalDate.now().toString()));
    // The case keeps its tasks done, with who did them, beside those still open.
    assertThat(Api.list(caseFile.get("doneTasks")))
        .extracting(t -> t.get("name"), t -> t.get("doneBy"), t -> t.get("agencies"))
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "Assess family", "hana", List.of("health-visiting")),
            org.assertj.core.groups.Tuple.tuple(
                "Record information-sharing consent", "hana", List.of("health-visiting")));
    assertThat(Api.list(caseFile.get("openTasks")))
        .extracting(t -> t.get("name"))
        .doesNotContain("Assess family");
  }

  private static List<Map<String, Object>> chronologyOf(Api as, String id, String kind) {
    return Api.list(Api.map(as.get("/api/cases/" + id + "/chronology?kind=" + kind)).get("items"));
  }
}
