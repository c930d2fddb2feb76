package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The Hidden Harm dataset, checked on families seeded here (figures move by exactly them). */
final class ReportsScenario {

  private final int port;
  private final String manager;

  /** {@code manager}: a member of managers. */
  ReportsScenario(int port, String manager) {
    this.port = port;
    this.manager = manager;
  }

  void theHiddenHarmDatasetCountsEachAdultsDependentChildren() {
    Api max = Api.as(port, manager);
    Map<String, Object> before = Api.map(max.get("/api/reports/hidden-harm"));

    Api hana = Api.as(port, "hana");
    String amy = FullRunScenario.refer(hana);
    LocalDate today = LocalDate.now();
    ResponseEntity<Object> created =
        hana.post(
            "/api/cases",
            Map.of(
                "referringAgency",
                "health-visiting",
                "reason",
                "Father drinks daily; the older children have moved out.",
                "adults",
                List.of(
                    Map.of(
                        "name", "Dev Example",
                        "role", "father",
                        "dateOfBirth", "1980-05-05",
                        "substances", List.of("alcohol")),
                    Map.of(
                        "name",
                        "Eve Example",
                        "role",
                        "mother",
                        "dateOfBirth",
                        "1982-06-06",
                        "substances",
                        List.of())),
                "children",
                List.of(
                    Map.of(
                        "name",
                        "Finn Example",
                        "dateOfBirth",
                        today.minusYears(16).toString(),
                        "livesWith",
                        "not known: left home last month"),
                    Map.of(
                        "name",
                        "Gail Example",
                        "dateOfBirth",
                        today.minusYears(19).toString(),
                        "livesWith",
                        "her own flat"))));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String dev = (String) Api.map(created).get("id");

    Map<String, Object> after = Api.map(max.get("/api/reports/hidden-harm"));
    // Amy with Ben and Cara; Dev and Eve with Finn (Gail, 19, is no longer a dependant).
    assertThat(delta(before, after, "adults")).isEqualTo(3);
    assertThat(delta(before, after, "adultsWithDependentChildren")).isEqualTo(3);
    assertThat(delta(before, after, "dependentChildren")).isEqualTo(3);
    assertThat(delta(before, after, "childrenWhereaboutsUnknown")).isEqualTo(1);
    assertThat(
            count(after, "byAgency", "health-visiting")
                - count(before, "byAgency", "health-visiting"))
        .isEqualTo(3);
    assertThat(count(after, "byLevel", "none") - count(before, "byLevel", "none")).isEqualTo(3);

    List<Map<String, Object>> rows = Api.list(after.get("rows"));
    assertThat(rows)
        .filteredOn(r -> dev.equals(r.get("caseId")) && Integer.valueOf(1).equals(r.get("adult")))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .containsEntry("role", "father")
                    .containsEntry("substances", List.of("alcohol"))
                    .containsEntry("dependentChildren", true)
                    .containsEntry("numberOfDependentChildren", 1)
                    .containsEntry("childrenAges", List.of(16))
                    .containsEntry("childWhereaboutsUnknown", true)
                    .doesNotContainKey("name"));
    assertThat(rows)
        .filteredOn(r -> amy.equals(r.get("caseId")))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .containsEntry("numberOfDependentChildren", 2)
                    .containsEntry("whereChildrenLive", List.of("mother", "mother"))
                    .containsEntry("childWhereaboutsUnknown", false));
    assertThat(after.toString()).doesNotContain("Dev Example", "Finn Example");

    ResponseEntity<String> csv = max.getText("/api/reports/hidden-harm", "text/csv");
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getBody())
        .startsWith("Case,Adult,Role,Substances,Pregnant,Lead agency,Level,Dependent children,")
        .contains(
            dev
                + ",1,father,alcohol,no,health-visiting,,yes,1,16,not known: left home last month,yes");

    // Only for managers; a period that ends before the families came counts none of them.
    ResponseEntity<Object> refused = Api.as(port, "sam").get("/api/reports/hidden-harm");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.map(refused)).containsEntry("type", "urn:carepath:problem:managers-only");
    ResponseEntity<Object> bad = max.get("/api/reports/hidden-harm?from=yesterday");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(bad)).containsExactly("from");
    Map<String, Object> earlier =
        Api.map(max.get("/api/reports/hidden-harm?from=2020-01-01&to=2020-12-31"));
    assertThat(Api.list(earlier.get("rows")))
        .extracting(r -> r.get("caseId"))
        .doesNotContain(dev, amy);
  }

  private static long delta(Map<String, Object> before, Map<String, Object> after, String figure) {
    return ((Number) after.get(figure)).longValue() - ((Number) before.get(figure)).longValue();
  }

  private static long count(Map<String, Object> dataset, String breakdown, String key) {
    return Api.list(dataset.get(breakdown)).stream()
        .filter(c -> key.equals(c.get("key")))
        .mapToLong(c -> ((Number) c.get("adults")).longValue())
        .findFirst()
        .orElse(0);
  }
}
