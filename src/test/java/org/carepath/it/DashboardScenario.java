package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The managers' dashboard, checked by how its figures move when families are seeded here. */
final class DashboardScenario {

  private final int port;
  private final String manager;

  /** {@code manager}: a member of managers. */
  DashboardScenario(int port, String manager) {
    this.port = port;
    this.manager = manager;
  }

  void theDashboardCountsTheFamiliesAsThePathwayRecordsThem() {
    Api max = Api.as(port, manager);
    Map<String, Object> before = ok(max.get("/api/dashboard/summary"));
    Map<String, Object> levelsBefore = ok(max.get("/api/dashboard/levels"));

    Api hana = Api.as(port, "hana");
    String atOne = FullRunScenario.atLevelOne(hana);
    String waiting = FullRunScenario.refer(hana);

    Map<String, Object> after = ok(max.get("/api/dashboard/summary"));
    assertThat(figure(after, "openCases") - figure(before, "openCases")).isEqualTo(2);
    assertThat(level(after, "1") - level(before, "1")).isEqualTo(1);
    assertThat(figure(after, "notDecidedYet") - figure(before, "notDecidedYet")).isEqualTo(1);
    assertThat(after).containsKeys("overdueTasks", "childrenNotSeen");
    assertThat(figure(after, "casesWithoutLead")).as("every open case has a lead").isZero();

    // This week's level mix has the family at Level 1; its decision took the health visitor days.
    Map<String, Object> levels = ok(max.get("/api/dashboard/levels"));
    assertThat(weekLevel(levels, "1") - weekLevel(levelsBefore, "1")).isEqualTo(1);
    assertThat(Api.list(levels.get("weeks"))).hasSize(Api.list(levelsBefore.get("weeks")).size());
    Map<String, Object> work = ok(max.get("/api/dashboard/work?agency=health-visiting"));
    assertThat(Api.list(work.get("agencies")))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a)
                    .containsEntry("agency", "health-visiting")
                    .containsEntry("name", "Health visiting")
                    .containsKey("medianDaysToComplete"));
    assertThat(((Number) Api.list(work.get("agencies")).get(0).get("done")).longValue())
        .isGreaterThanOrEqualTo(3);

    // Every figure opens the list of cases behind it.
    List<Map<String, Object>> atLevelOne =
        Api.list(ok(max.get("/api/dashboard/cases?figure=open&level=1")).get("items"));
    assertThat(atLevelOne).extracting(c -> c.get("caseId")).contains(atOne).doesNotContain(waiting);
    assertThat(atLevelOne.get(0)).containsEntry("caseId", atOne).containsEntry("level", 1);
    Map<String, Object> byAgency =
        ok(max.get("/api/dashboard/summary?agency=health-visiting&level=1"));
    assertThat(figure(byAgency, "openCases")).isEqualTo(level(byAgency, "1"));

    // A pregnant mother referred: one more pregnancy on the pathway, in its band.
    long pregnancies = pregnancies(ok(max.get("/api/dashboard/pathways")));
    assertThat(
            Api.as(port, "hana")
                .post("/api/cases", Referrals.pregnantMother("health-visiting"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    Map<String, Object> pathways = ok(max.get("/api/dashboard/pathways"));
    assertThat(pregnancies(pathways) - pregnancies).isEqualTo(1);
    String pregnant =
        (String)
            Api.list(ok(max.get("/api/dashboard/cases?figure=pregnant")).get("items"))
                .get(0)
                .get("caseId");
    assertThat(Api.map(max.get("/api/cases/" + pregnant)).get("adults").toString())
        .contains("pregnant=true");
    for (String figure :
        List.of(
            "stepped-up",
            "stepped-down",
            "in-support",
            "reopened",
            "shared-without-consent",
            "overdue",
            "without-lead",
            "with-open-tasks",
            "returned-to-pathway",
            "planning-held-after-birth",
            "planning-not-held-before-birth")) {
      assertThat(
              max.get("/api/dashboard/cases?figure=" + figure + "&agency=health-visiting")
                  .getStatusCode())
          .as(figure)
          .isEqualTo(HttpStatus.OK);
    }
    assertThat(Api.errorFields(max.get("/api/dashboard/cases?figure=everything")))
        .containsExactly("figure");
    assertThat(pathways)
        .containsKeys(
            "planningMeetings",
            "twinTrackPastDeadline",
            "twinTrackNearDeadline",
            "familiesInPostRecoverySupport",
            "returnedToThePathway",
            "casesReopened");

    Map<String, Object> safeguarding = ok(max.get("/api/dashboard/safeguarding"));
    assertThat(safeguarding).containsKeys("childrenNotSeen", "sharedWithoutConsent");

    ResponseEntity<Object> refused = Api.as(port, "sam").get("/api/dashboard/summary");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.map(refused)).containsEntry("type", "urn:carepath:problem:managers-only");
    ResponseEntity<Object> bad = max.get("/api/dashboard/levels?level=7&from=2026-13-01");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(bad)).containsExactlyInAnyOrder("level", "from");
    ResponseEntity<Object> notANumber = max.get("/api/dashboard/summary?level=four");
    assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(notANumber)).containsExactly("level");
    assertThat(notANumber.getBody().toString()).doesNotContain("java.", "Failed to convert");
    ResponseEntity<Object> workNotANumber = Api.as(port, "hana").get("/api/work?level=four");
    assertThat(workNotANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(workNotANumber)).containsExactly("level");
  }

  private static Map<String, Object> ok(ResponseEntity<Object> answer) {
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
    return Api.map(answer);
  }

  private static long pregnancies(Map<String, Object> pathways) {
    return Api.list(pathways.get("pregnanciesByWeeksToDue")).stream()
        .mapToLong(b -> ((Number) b.get("pregnancies")).longValue())
        .sum();
  }

  private static long figure(Map<String, Object> summary, String name) {
    return ((Number) summary.get(name)).longValue();
  }

  private static long level(Map<String, Object> summary, String level) {
    return ((Number) ((Map<?, ?>) summary.get("byLevel")).get(level)).longValue();
  }

  /** The level mix of the week that holds today. */
  private static long weekLevel(Map<String, Object> levels, String level) {
    String monday =
        LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    return Api.list(levels.get("weeks")).stream()
        .filter(w -> monday.equals(w.get("weekStarting")))
        .map(w -> ((Number) ((Map<?, ?>) w.get("byLevel")).get(level)).longValue())
        .findFirst()
        .orElseThrow();
  }
}
