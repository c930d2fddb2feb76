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
      boolean proposedImmediateRisk,
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
              proposed_reason, proposed_at, neglect_or_abuse, self_harm, parent_incapable,
              child_left_alone, methadone_lying_around, level_in_pregnancy,
              proposed_immediate_risk)
            values (:c, :n, :trigger, :pattern, :drugUse, :pregnant, :tier4, :risk, :da, :mh,
              :front, :storage, :injecting, :indicators, :context, :age, :protective, :seen,
              :summary, :by, :level, :levelName, :reason, :at, :neglect, :selfHarm, :incapable,
              :leftAlone, :lyingAround, :inPregnancy, :proposedRisk)
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
        .param("neglect", assessment.neglectOrAbuse())
        .param("selfHarm", assessment.selfHarm())
        .param("incapable", assessment.parentIncapable())
        .param("leftAlone", assessment.childLeftAlone())
        .param("lyingAround", assessment.methadoneLyingAround())
        .param("inPregnancy", assessment.levelInPregnancy())
        .param("proposedRisk", proposedImmediateRisk)
        .update();
    return number;
  }

  /** What the practitioner decided on the proposal. */
  record Decided(
      String outcome,
      Level confirmed,
      String overrideReason,
      String noImpactReason,
      Integer previous,
      String direction,
      boolean significantHarm,
      String significantHarmReason,
      Integer requestedLevel) {}

  /**
   * Records the decision on the case's open proposal; there is exactly one.
   *
   * @return the decision's number
   */
  int decide(long caseId, Decided decided, String by, OffsetDateTime at) {
    int updated =
        jdbc.sql(
                """
                update carepath.level_decision
                   set outcome = :outcome, confirmed_level = :level, override_reason = :reason,
                       no_impact_reason = :noImpact, previous_level = :previous,
                       direction = :direction, decided_by = :by, decided_at = :at,
                       significant_harm = :harm, significant_harm_reason = :harmReason,
                       requested_level = :requested, countersign_status = :countersign
                 where case_id = :c and outcome is null
                """)
            .param("outcome", decided.outcome())
            .param("level", decided.confirmed().number())
            .param("reason", decided.overrideReason())
            .param("noImpact", decided.noImpactReason())
            .param("previous", decided.previous())
            .param("direction", decided.direction())
            .param("by", by)
            .param("at", at)
            .param("harm", decided.significantHarm())
            .param("harmReason", decided.significantHarmReason())
            .param("requested", decided.requestedLevel(), java.sql.Types.INTEGER)
            .param(
                "countersign",
                decided.requestedLevel() == null ? null : LevelDecision.Countersignature.AWAITING,
                java.sql.Types.VARCHAR)
            .param("c", caseId)
            .update();
    if (updated != 1) {
      throw new IllegalStateException(
          "Case " + caseId + " has " + updated + " open level proposals; expected exactly one");
    }
    return jdbc.sql("select max(decision_number) from carepath.level_decision where case_id = :c")
        .param("c", caseId)
        .query(Integer.class)
        .single();
  }

  /** The decision with this number, if the case has it. */
  Optional<LevelDecision> find(long caseId, int decisionNumber) {
    return jdbc.sql(
            "select * from carepath.level_decision where case_id = :c and decision_number = :n")
        .param("c", caseId)
        .param("n", decisionNumber)
        .query(LevelDecisionRepository::map)
        .optional();
  }

  /**
   * A manager's answer to an override waiting for countersignature: agreed puts the requested level
   * in force, declined the proposed one, superseded changes nothing. The outcome stays as the
   * practitioner left it, so the timeline reads as it happened. Only a waiting one is answered.
   *
   * @return whether the decision was waiting
   */
  boolean countersign(
      long caseId,
      int decisionNumber,
      String status,
      String direction,
      String by,
      String reason,
      OffsetDateTime at) {
    return jdbc.sql(
                """
                update carepath.level_decision
                   set countersign_status = :status, countersigned_by = :by,
                       countersign_reason = :reason, countersigned_at = :at,
                       confirmed_level = case when :status = 'AGREED' then requested_level
                                              when :status = 'DECLINED' then proposed_level
                                              else confirmed_level end,
                       direction = case when :status = 'SUPERSEDED' then direction
                                        else :direction end
                 where case_id = :c and decision_number = :n and countersign_status = 'AWAITING'
                """)
            .param("status", status)
            .param("direction", direction)
            .param("by", by)
            .param("reason", reason)
            .param("at", at)
            .param("c", caseId)
            .param("n", decisionNumber)
            .update()
        == 1;
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

  /** The level in force after the latest assessment made while someone was pregnant. */
  Optional<Integer> latestLevelInPregnancy(long caseId) {
    return jdbc.sql(
            """
            select confirmed_level from carepath.level_decision
             where case_id = :c and pregnant and outcome is not null
             order by decision_number desc limit 1
            """)
        .param("c", caseId)
        .query(Integer.class)
        .optional();
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
            row.getString("assessed_by"),
            row.getBoolean("neglect_or_abuse"),
            row.getBoolean("self_harm"),
            row.getBoolean("parent_incapable"),
            row.getBoolean("child_left_alone"),
            row.getBoolean("methadone_lying_around"),
            row.getObject("level_in_pregnancy", Integer.class)),
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
        row.getObject("decided_at", OffsetDateTime.class),
        row.getBoolean("proposed_immediate_risk"),
        row.getBoolean("significant_harm"),
        row.getString("significant_harm_reason"),
        countersignature(row));
  }

  private static LevelDecision.Countersignature countersignature(ResultSet row)
      throws SQLException {
    Integer requested = row.getObject("requested_level", Integer.class);
    return requested == null
        ? null
        : new LevelDecision.Countersignature(
            requested,
            row.getString("countersign_status"),
            row.getString("countersigned_by"),
            row.getObject("countersigned_at", OffsetDateTime.class),
            row.getString("countersign_reason"));
  }
}
