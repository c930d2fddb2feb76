package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.testing.Migrations.migrate;

import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V10 gives cases already running their level periods from the decisions made so far: a
 * period ends at the next decision that changed the level, or when the case closed.
 */
class LevelPeriodBackfillTest {

  @Test
  void runningCasesGetTheirLevelPeriodsFromTheDecisionsMadeSoFar() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:backfill;DB_CLOSE_DELAY=-1");
    migrate(h2, "9");
    JdbcClient jdbc = JdbcClient.create(h2);

    // A case at Level 2, stepped up to 4, reviewed and kept at 4, then closed; and an open case
    // still at its first level.
    long closed = aCase(jdbc, "CP-1", "2026-09-01T00:00:00Z");
    decide(jdbc, closed, 1, 2, "2026-09-02T10:00:00Z");
    decide(jdbc, closed, 2, 4, "2026-09-12T10:00:00Z");
    decide(jdbc, closed, 3, 4, "2026-10-12T10:00:00Z");
    jdbc.sql(
            "update carepath.family_case set status = 'CLOSED', closed_at = timestamp with time zone"
                + " '2026-11-11 10:00:00+00' where id = :id")
        .param("id", closed)
        .update();
    long open = aCase(jdbc, "CP-2", "2026-10-01T00:00:00Z");
    decide(jdbc, open, 1, 3, "2026-10-02T10:00:00Z");

    migrate(h2, "10");

    List<Map<String, Object>> periods =
        jdbc.sql(
                "select case_id, level, days, to_at from carepath.level_period order by case_id, from_at")
            .query()
            .listOfRows();
    assertThat(periods)
        .extracting(p -> p.get("CASE_ID"), p -> p.get("LEVEL"), p -> roundDays(p.get("DAYS")))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(closed, 2, 10L),
            org.assertj.core.groups.Tuple.tuple(closed, 4, 60L),
            org.assertj.core.groups.Tuple.tuple(open, 3, null));
  }

  private static Long roundDays(Object days) {
    return days == null ? null : Math.round(((Number) days).doubleValue());
  }

  private static long aCase(JdbcClient jdbc, String reference, String referredAt) {
    jdbc.sql(
            """
            insert into carepath.family_case (reference, status, referring_agency, referral_reason,
              referred_by, referred_at, lead_agency)
            values (:r, 'OPEN', 'health-visiting', 'test', 'hana', cast(:at as timestamp with time zone),
              'health-visiting')
            """)
        .param("r", reference)
        .param("at", referredAt)
        .update();
    return jdbc.sql("select id from carepath.family_case where reference = :r")
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  private static void decide(JdbcClient jdbc, long caseId, int number, int level, String at) {
    jdbc.sql(
            """
            insert into carepath.level_decision (case_id, decision_number, trigger_reason,
              substance_use_pattern, pregnant, tier4_rehab_needed, immediate_risk_of_harm,
              domestic_abuse, parental_mental_health_concern, using_in_front_of_children,
              unsafe_storage, injecting, child_indicator_count, protective_factor_count,
              child_seen, assessment_summary, assessed_by, proposed_level, proposed_level_name, proposed_reason, proposed_at, outcome,
              confirmed_level, decided_by, decided_at)
            values (:c, :n, 'referral', 'problematic', false, false, false, false, false, false,
              false, false, 0, 0, true, 'summary', 'hana', :l, 'Level', 'reason', cast(:at as timestamp with time zone),
              'CONFIRMED', :l, 'hana', cast(:at as timestamp with time zone))
            """)
        .param("c", caseId)
        .param("n", number)
        .param("l", level)
        .param("at", at)
        .update();
  }
}
