package org.carepath.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepath.testing.Migrations.migrate;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V12 keeps what running cases have recorded: their confirmed level stands, the facts the
 * assessment did not record then read as not recorded, and an earlier "not asked: risk to the
 * child" consent stays as it was stored. Their next assessment uses the new table.
 */
class ChildCentredMigrationTest {

  @Test
  void runningCasesKeepTheirConfirmedLevelAndWhatWasRecorded() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:child-centred;DB_CLOSE_DELAY=-1");
    migrate(h2, "11");
    JdbcClient jdbc = JdbcClient.create(h2);
    jdbc.sql(
            """
            insert into carepath.family_case (reference, status, referring_agency, referral_reason,
              referred_by, referred_at, lead_agency, current_level)
            values ('CP-1', 'OPEN', 'health-visiting', 'test', 'hana', current_timestamp,
              'health-visiting', 3)
            """)
        .update();
    long caseId = jdbc.sql("select id from carepath.family_case").query(Long.class).single();
    jdbc.sql(
            """
            insert into carepath.level_decision (case_id, decision_number, trigger_reason,
              substance_use_pattern, pregnant, tier4_rehab_needed, immediate_risk_of_harm,
              domestic_abuse, parental_mental_health_concern, using_in_front_of_children,
              unsafe_storage, injecting, child_indicator_count, protective_factor_count,
              child_seen, assessment_summary, assessed_by, proposed_level, proposed_level_name,
              proposed_reason, proposed_at, outcome, confirmed_level, decided_by, decided_at)
            values (:c, 1, 'referral', 'problematic', false, false, false, true, false, false,
              false, false, 2, 0, true, 'summary', 'hana', 3, 'Coordinated/Specialist', 'reason',
              current_timestamp, 'CONFIRMED', 3, 'hana', current_timestamp)
            """)
        .param("c", caseId)
        .update();
    jdbc.sql(
            """
            insert into carepath.consent_decision (case_id, basis, reason, copy_offered,
              recorded_by, recorded_at)
            values (:c, 'not-sought-risk-to-child', 'Father is violent', false, 'hana',
              current_timestamp)
            """)
        .param("c", caseId)
        .update();

    migrate(h2, "12");

    LevelDecision decided = new LevelDecisionRepository(jdbc).latestDecided(caseId).orElseThrow();
    assertThat(decided.confirmedLevel()).isEqualTo(3);
    assertThat(decided.outcome()).isEqualTo("CONFIRMED");
    assertThat(decided.assessment().childIndicatorCount()).isEqualTo(2);
    assertThat(decided.assessment().neglectOrAbuse()).isFalse();
    assertThat(decided.assessment().levelInPregnancy()).isNull();
    assertThat(decided.immediateRisk()).isFalse();
    assertThat(decided.significantHarm()).isFalse();
    assertThat(decided.countersignature()).isNull();
    assertThat(jdbc.sql("select basis from carepath.consent_decision").query(String.class).single())
        .isEqualTo("not-sought-risk-to-child");
    // The new bases are accepted; a judgement of significant harm needs what the harm is.
    jdbc.sql(
            "update carepath.consent_decision set basis = 'criminal-investigation' where case_id = :c")
        .param("c", caseId)
        .update();
    assertThatThrownBy(
            () -> jdbc.sql("update carepath.level_decision set significant_harm = true").update())
        .hasMessageContaining("LEVEL_DECISION_SIGNIFICANT_HARM");
  }
}
