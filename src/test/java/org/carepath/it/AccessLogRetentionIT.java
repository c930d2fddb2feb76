package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access log's own retention, on a database of its own (so the first entries are one family's):
 * entries about a record destroyed more than 6 years ago go, as a prefix of the chain, and the
 * chain still checks out.
 */
@OwnH2Application
@Import(InformationGovernanceIT.TestClock.class)
class AccessLogRetentionIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ManagementService managementService;
  @Autowired InformationGovernanceIT.MovableClock clock;

  @Test
  void entriesAboutARecordDestroyedSixYearsAgoGoAndTheChainStillHolds() {
    Api hana = Api.as(port, "hana");
    Api ivy = Api.as(port, "ivy");
    String destroyed = FullRunScenario.refer(hana);
    assertThat(hana.get("/api/cases/" + destroyed).getStatusCode()).isEqualTo(HttpStatus.OK);
    String kept = FullRunScenario.refer(hana);
    assertThat(hana.get("/api/cases/" + kept).getStatusCode()).isEqualTo(HttpStatus.OK);
    long keptFirst = firstEntryOf(kept);
    assertThat(firstEntryOf(destroyed)).isLessThan(keptFirst);
    jdbc.sql(
            "update carepath.family_case set status = 'CLOSED', closed_at = current_timestamp,"
                + " closure_reason = 'Support ended' where reference = :r")
        .param("r", destroyed)
        .update();
    try {
      clock.advance(
          Duration.between(OffsetDateTime.now(), OffsetDateTime.parse("2046-06-02T03:00:00Z")));
      runTheNightlyCheck();
      Object list =
          ((Map<?, ?>) Api.list(ivy.get("/api/retention/lists")).get(0).get("list")).get("id");
      assertThat(ivy.post("/api/retention/lists/" + list + "/check", Map.of()).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      assertThat(
              Api.as(port, "iris")
                  .post("/api/retention/lists/" + list + "/approve", Map.of())
                  .getStatusCode())
          .isEqualTo(HttpStatus.OK);
      assertThat(hana.get("/api/cases/" + destroyed).getStatusCode()).isEqualTo(HttpStatus.GONE);

      runTheNightlyCheck();
      assertThat(firstEntryOf(destroyed))
          .as("within 6 years of the destruction, kept")
          .isPositive();

      clock.advance(Duration.ofDays(6 * 366 + 2));
      runTheNightlyCheck();
    } finally {
      clock.reset();
    }
    long first =
        jdbc.sql("select first_id from carepath.access_chain where id = 1")
            .query(Long.class)
            .single();
    assertThat(first)
        .as("the chain now starts at the kept family's first entry")
        .isEqualTo(keptFirst);
    assertThat(
            jdbc.sql("select count(*) from carepath.access_entry where id < :f")
                .param("f", first)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(firstEntryOf(kept)).isEqualTo(keptFirst);
    Map<String, Object> verified = Api.map(ivy.get("/api/audit/verify"));
    assertThat(verified).containsEntry("intact", true);

    // A removed entry after the new start is still found.
    long second = keptFirst + 1;
    jdbc.sql("delete from carepath.access_entry where id = :id").param("id", second).update();
    assertThat(Api.map(ivy.get("/api/audit/verify"))).containsEntry("intact", false);
  }

  private void runTheNightlyCheck() {
    runTheNightlyCheck(managementService);
  }

  /** Fires retention-check's timer now, as the night would. */
  static void runTheNightlyCheck(ManagementService managementService) {
    managementService.executeJob(
        managementService
            .createJobQuery()
            .processDefinitionKey("retention-check")
            .timers()
            .singleResult()
            .getId());
  }

  private long firstEntryOf(String reference) {
    Long id =
        jdbc.sql("select min(id) from carepath.access_entry where case_reference = :r")
            .param("r", reference)
            .query(Long.class)
            .optional()
            .orElse(null);
    return id == null ? 0 : id;
  }
}
