package org.carepath.level;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.carepath.pathway.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LevelDecisionRepository {

  private final JdbcClient jdbc;

  LevelDecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  int insertProposal(
      long caseId,
      String trigger,
      LevelDecision.Assessment assessment,
      Level proposed,
      String reason,
      OffsetDateTime at) {
    int number =
        jdbc.sql(
                "select coalesce(max(decision_number), 0) + 1 from carepath.level_decision where case_id = :c")
            .param("c", caseId)
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            insert into carepath.level_decision (case_id, decision_number, trigger_reason,
              substance_use_pattern, drug_use, pregnant, tier4_rehab_needed,
              immediate_risk_of_harm, domestic_abuse, parental_mental_health_concern,
              using_in_front_of_children, unsafe_storage, injecting, child_indicator_count,
              context_factor_count, youngest_child_age_years, protective_factor_count, child_seen,
              assessment_summary, assessed_by, proposed_level, proposed_level_name,
              proposed_reason, proposed_at)
            values (:c, :n, :trigger, :pattern, :drugUse, :pregnant, :tier4, :risk, :da, :mh,
              :front, :storage, :injecting, :indicators, :context, :age, :protective, :seen,
              :summary, :by, :level, :levelName, :reason, :at)
            """)
        .param("c", caseId)
        .param("n", number)
        .param("trigger", trigger)
        .param("pattern", assessment.substanceUsePattern())
        .param("drugUse", assessment.drugUse())
        .param("pregnant", assessment.pregnant())
        .param("tier4", assessment.tier4RehabNeeded())
        .param("risk", assessment.immediateRiskOfHarm())
        .param("da", assessment.domesticAbuse())
        .param("mh", assessment.parentalMentalHealthConcern())
        .param("front", assessment.usingInFrontOfChildren())
        .param("storage", assessment.unsafeStorage())
        .param("injecting", assessment.injecting())
        .param("indicators", assessment.childIndicatorCount())
        .param("context", assessment.contextFactorCount())
        .param("age", assessment.youngestChildAgeYears())
        .param("protective", assessment.protectiveFactorCount())
        .param("seen", assessment.childSeenAndSpokenTo())
        .param("summary", assessment.summary())
        .param("by", assessment.assessedBy())
        .param("level", proposed.number())
        .param("levelName", proposed.displayName())
        .param("reason", reason)
        .param("at", at)
        .update();
    return number;
  }

  /** Records the decision on the case's open proposal; there is exactly one. */
  void decide(
      long caseId,
      String outcome,
      Level confirmed,
      String overrideReason,
      String noImpactReason,
      Integer previous,
      String direction,
      String by,
      OffsetDateTime at) {
    int updated =
        jdbc.sql(
                """
                update carepath.level_decision
                   set outcome = :outcome, confirmed_level = :level, override_reason = :reason,
                       no_impact_reason = :noImpact, previous_level = :previous, direction = :direction, decided_by = :by,
                       decided_at = :at
                 where case_id = :c and outcome is null
                """)
            .param("outcome", outcome)
            .param("level", confirmed.number())
            .param("reason", overrideReason)
            .param("noImpact", noImpactReason)
            .param("previous", previous)
            .param("direction", direction)
            .param("by", by)
            .param("at", at)
            .param("c", caseId)
            .update();
    if (updated != 1) {
      throw new IllegalStateException(
          "Case " + caseId + " has " + updated + " open level proposals; expected exactly one");
    }
  }

  Optional<Integer> currentLevel(long caseId) {
    return jdbc
        .sql(
            """
            select confirmed_level from carepath.level_decision
             where case_id = :c and outcome is not null
             order by decision_number desc
            """)
        .param("c", caseId)
        .query(Integer.class)
        .list()
        .stream()
        .findFirst();
  }

  /** The latest assessment a practitioner has decided on, without reading the whole history. */
  Optional<LevelDecision> latestDecided(long caseId) {
    return jdbc.sql(
            """
            select * from carepath.level_decision where case_id = :c and outcome is not null
             order by decision_number desc limit 1
            """)
        .param("c", caseId)
        .query(LevelDecisionRepository::map)
        .optional();
  }

  List<LevelDecision> history(long caseId) {
    return jdbc.sql(
            "select * from carepath.level_decision where case_id = :c order by decision_number")
        .param("c", caseId)
        .query(LevelDecisionRepository::map)
        .list();
  }

  private static LevelDecision map(ResultSet row, int rowNumber) throws SQLException {
    Integer confirmed = (Integer) row.getObject("confirmed_level", Integer.class);
    return new LevelDecision(
        row.getInt("decision_number"),
        row.getString("trigger_reason"),
        new LevelDecision.Assessment(
            row.getString("substance_use_pattern"),
            row.getBoolean("drug_use"),
            row.getBoolean("pregnant"),
            row.getBoolean("tier4_rehab_needed"),
            row.getBoolean("immediate_risk_of_harm"),
            row.getBoolean("domestic_abuse"),
            row.getBoolean("parental_mental_health_concern"),
            row.getBoolean("using_in_front_of_children"),
            row.getBoolean("unsafe_storage"),
            row.getBoolean("injecting"),
            row.getInt("child_indicator_count"),
            row.getInt("context_factor_count"),
            row.getObject("youngest_child_age_years", Integer.class),
            row.getInt("protective_factor_count"),
            row.getBoolean("child_seen"),
            row.getString("assessment_summary"),
            row.getString("assessed_by")),
        row.getInt("proposed_level"),
        row.getString("proposed_level_name"),
        row.getString("proposed_reason"),
        row.getObject("proposed_at", OffsetDateTime.class),
        row.getString("outcome"),
        confirmed,
        confirmed == null ? null : Level.of(confirmed).displayName(),
        row.getString("override_reason"),
        row.getString("no_impact_reason"),
        row.getObject("previous_level", Integer.class),
        row.getString("direction"),
        row.getString("decided_by"),
        row.getObject("decided_at", OffsetDateTime.class));
  }
}
