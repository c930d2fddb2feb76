package org.carepath.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The family case, its adults, children and involved agencies, in schema {@code carepath}. */
@Repository
class CaseRepository {

  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean immediateRiskAtReferral(long caseId) {
    return jdbc.sql("select immediate_risk_at_referral from carepath.family_case where id = :id")
        .param("id", caseId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Inserts the case and its family; the reference is derived from the generated id. */
  String insert(Referral referral, String referredBy, OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.family_case
              (reference, status, referring_agency, referral_reason, referred_by, referred_at,
               lead_agency, immediate_risk_at_referral, immediate_risk_seen)
            values (:reference, 'OPEN', :agency, :reason, :by, :at, :agency, :risk, :seen)
            """)
        .param("reference", java.util.UUID.randomUUID().toString())
        .param("risk", referral.immediateRiskOfHarm())
        .param(
            "seen",
            Boolean.TRUE.equals(referral.immediateRiskOfHarm())
                ? referral.immediateRiskSeen().trim()
                : null)
        .param("agency", referral.referringAgency())
        .param("reason", referral.reason())
        .param("by", referredBy)
        .param("at", now)
        .update(key, "id");
    long caseId = key.getKey().longValue();
    String reference = "CP-%06d".formatted(caseId);
    jdbc.sql("update carepath.family_case set reference = :reference where id = :id")
        .param("reference", reference)
        .param("id", caseId)
        .update();
    for (int i = 0; i < referral.adults().size(); i++) {
      Referral.Adult adult = referral.adults().get(i);
      KeyHolder adultKey = new GeneratedKeyHolder();
      jdbc.sql(
              """
              insert into carepath.case_adult
                (case_id, ordinal, name, role, date_of_birth, pregnant, expected_delivery_date)
              values (:caseId, :ordinal, :name, :role, :dob, :pregnant, :edd)
              """)
          .param("caseId", caseId)
          .param("ordinal", i)
          .param("name", adult.name())
          .param("role", adult.role())
          .param("dob", adult.dateOfBirth())
          .param("pregnant", adult.pregnant())
          .param("edd", adult.expectedDeliveryDate())
          .update(adultKey, "id");
      long adultId = adultKey.getKey().longValue();
      for (String substance : adult.substances().stream().distinct().toList()) {
        jdbc.sql("insert into carepath.case_adult_substance (adult_id, substance) values (:a, :s)")
            .param("a", adultId)
            .param("s", substance)
            .update();
      }
    }
    for (int i = 0; i < referral.children().size(); i++) {
      Referral.Child child = referral.children().get(i);
      jdbc.sql(
              """
              insert into carepath.case_child (case_id, ordinal, name, date_of_birth, lives_with)
              values (:caseId, :ordinal, :name, :dob, :livesWith)
              """)
          .param("caseId", caseId)
          .param("ordinal", i)
          .param("name", child.name())
          .param("dob", child.dateOfBirth())
          .param("livesWith", child.livesWith())
          .update();
    }
    involve(caseId, referral.referringAgency(), now);
    startLead(caseId, referral.referringAgency(), null, now);
    return reference;
  }

  /** Records the agency on the case, once: one statement that inserts only when it is not there. */
  void involve(long caseId, String agency, OffsetDateTime now) {
    jdbc.sql(
            """
            insert into carepath.case_agency (case_id, agency, involved_at)
            select :c, :a, :at from (select 1 as one) x
             where not exists (select 1 from carepath.case_agency
                                where case_id = :c and agency = :a)
            """)
        .param("c", caseId)
        .param("a", agency)
        .param("at", now)
        .update();
  }

  /** Ends the current lead professional's period and starts the next one's. */
  void changeLead(long caseId, String agency, Long handoffId, OffsetDateTime now) {
    jdbc.sql(
            "update carepath.lead_professional set until_at = :now where case_id = :c and until_at is null")
        .param("now", now)
        .param("c", caseId)
        .update();
    jdbc.sql("update carepath.family_case set lead_agency = :a where id = :c")
        .param("a", agency)
        .param("c", caseId)
        .update();
    startLead(caseId, agency, handoffId, now);
    involve(caseId, agency, now);
  }

  private void startLead(long caseId, String agency, Long handoffId, OffsetDateTime now) {
    jdbc.sql(
            "insert into carepath.lead_professional (case_id, agency, since, handoff_id) values (:c, :a, :now, :h)")
        .param("c", caseId)
        .param("a", agency)
        .param("now", now)
        .param("h", handoffId)
        .update();
  }

  List<LeadProfessional> leadHistory(long caseId) {
    return jdbc.sql(
            """
            select agency, since, until_at as until, handoff_id from carepath.lead_professional
             where case_id = :c order by since, id
            """)
        .param("c", caseId)
        .query(RecordRows.of(LeadProfessional.class))
        .list();
  }

  /**
   * The cases a user may see, newest first: all of them, or those their agencies are involved in or
   * they referred.
   */
  List<FamilyCase> visible(
      boolean all, String userId, List<String> groups, String status, int limit, int offset) {
    StringBuilder sql = new StringBuilder("select c.* from carepath.family_case c where 1 = 1");
    if (!all) {
      sql.append(
          " and (c.referred_by = :user or exists (select 1 from carepath.case_agency a"
              + " where a.case_id = c.id and a.agency in (:groups)))");
    }
    if (status != null) {
      sql.append(" and c.status = :status");
    }
    sql.append(" order by c.id desc limit :limit offset :offset");
    var query = jdbc.sql(sql.toString()).param("limit", limit).param("offset", offset);
    if (!all) {
      // "in ()" is not SQL; a user in no group matches on referred_by alone.
      query = query.param("user", userId).param("groups", groups.isEmpty() ? List.of("") : groups);
    }
    if (status != null) {
      query = query.param("status", status);
    }
    return query.query(RecordRows.of(FamilyCase.class)).list();
  }

  Optional<FamilyCase> findByReference(String reference) {
    return jdbc.sql("select * from carepath.family_case where reference = :reference")
        .param("reference", reference)
        .query(RecordRows.of(FamilyCase.class))
        .optional();
  }

  Optional<java.time.LocalDate> destroyedOn(String reference) {
    return jdbc.sql("select destroyed_at from carepath.case_tombstone where reference = :r")
        .param("r", reference)
        .query(OffsetDateTime.class)
        .optional()
        .map(at -> at.atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate());
  }

  /** Locks the case row for the rest of the transaction: one engine step per case at a time. */
  Optional<FamilyCase> lockByReference(String reference) {
    return jdbc.sql("select * from carepath.family_case where reference = :reference for update")
        .param("reference", reference)
        .query(RecordRows.of(FamilyCase.class))
        .optional();
  }

  List<CaseAdult> adults(long caseId) {
    return jdbc.sql("select * from carepath.case_adult where case_id = :c order by ordinal")
        .param("c", caseId)
        .query(RecordRows.of(CaseAdult.class))
        .list();
  }

  List<String> substances(long adultId) {
    return jdbc.sql(
            "select substance from carepath.case_adult_substance where adult_id = :a order by substance")
        .param("a", adultId)
        .query(String.class)
        .list();
  }

  List<CaseChild> children(long caseId) {
    return jdbc.sql("select * from carepath.case_child where case_id = :c order by ordinal")
        .param("c", caseId)
        .query(RecordRows.of(CaseChild.class))
        .list();
  }

  /** The adult's current pregnancy: an expected date, or none once the baby is born. */
  void updatePregnancy(long adultId, LocalDate expectedDeliveryDate) {
    jdbc.sql(
            """
            update carepath.case_adult set pregnant = :pregnant, expected_delivery_date = :edd
             where id = :id
            """)
        .param("pregnant", expectedDeliveryDate != null)
        .param("edd", expectedDeliveryDate)
        .param("id", adultId)
        .update();
  }

  CaseChild addChild(long caseId, String name, LocalDate dateOfBirth, String livesWith) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.case_child (case_id, ordinal, name, date_of_birth, lives_with)
            values (:c, (select coalesce(max(ordinal) + 1, 0) from carepath.case_child where case_id = :c),
                    :name, :dob, :livesWith)
            """)
        .param("c", caseId)
        .param("name", name)
        .param("dob", dateOfBirth)
        .param("livesWith", livesWith)
        .update(key, "id");
    return new CaseChild(key.getKey().longValue(), name, dateOfBirth, livesWith);
  }

  List<String> agencies(long caseId) {
    return jdbc.sql(
            "select agency from carepath.case_agency where case_id = :c order by involved_at, agency")
        .param("c", caseId)
        .query(String.class)
        .list();
  }

  void updateLevel(long caseId, int level, OffsetDateTime nextReviewDue, OffsetDateTime at) {
    jdbc.sql(
            "update carepath.family_case set current_level = :l, next_review_due = :due where id = :id")
        .param("l", level)
        .param("due", nextReviewDue)
        .param("id", caseId)
        .update();
    Optional<LevelPeriod> current = openLevelPeriod(caseId);
    if (current.isEmpty() || current.get().level() != level) {
      current.ifPresent(period -> endLevelPeriod(caseId, period, at));
      startLevelPeriod(caseId, level, at);
    }
  }

  /** The dashboard's read model of time at each level (see V10__dashboard.sql). */
  private record LevelPeriod(int level, OffsetDateTime fromAt) {}

  private Optional<LevelPeriod> openLevelPeriod(long caseId) {
    return jdbc.sql(
            "select level, from_at from carepath.level_period where case_id = :c and to_at is null")
        .param("c", caseId)
        .query(RecordRows.of(LevelPeriod.class))
        .optional();
  }

  private void startLevelPeriod(long caseId, int level, OffsetDateTime at) {
    jdbc.sql("insert into carepath.level_period (case_id, level, from_at) values (:c, :l, :at)")
        .param("c", caseId)
        .param("l", level)
        .param("at", at)
        .update();
  }

  private void endLevelPeriod(long caseId, LevelPeriod period, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.level_period set to_at = :at, days = :days
             where case_id = :c and to_at is null
            """)
        .param("at", at)
        .param("days", java.time.Duration.between(period.fromAt(), at).toMinutes() / 1440.0)
        .param("c", caseId)
        .update();
  }

  void close(long caseId, OffsetDateTime at, String reason) {
    openLevelPeriod(caseId).ifPresent(period -> endLevelPeriod(caseId, period, at));
    jdbc.sql(
            """
            update carepath.family_case
               set status = 'CLOSED', closed_at = :at, closure_reason = :reason, next_review_due = null
             where id = :id
            """)
        .param("at", at)
        .param("reason", reason)
        .param("id", caseId)
        .update();
  }

  /** Reopens a closed case; returns false when it was not closed (someone reopened it first). */
  boolean reopen(long caseId, OffsetDateTime at) {
    boolean reopened =
        jdbc.sql(
                    """
                    update carepath.family_case
                       set status = 'OPEN', closed_at = null, closure_reason = null
                     where id = :id and status = 'CLOSED'
                    """)
                .param("id", caseId)
                .update()
            == 1;
    if (reopened) {
      jdbc.sql("select current_level from carepath.family_case where id = :id")
          .param("id", caseId)
          .query(Integer.class)
          .optional()
          .ifPresent(level -> startLevelPeriod(caseId, level, at));
    }
    return reopened;
  }

  void insertReopening(CaseReopening reopening, long caseId) {
    jdbc.sql(
            """
            insert into carepath.case_reopening
              (case_id, closed_at, reopened_at, reopened_by, agency, reason)
            values (:c, :closed, :at, :by, :agency, :reason)
            """)
        .param("c", caseId)
        .param("closed", reopening.closedAt())
        .param("at", reopening.reopenedAt())
        .param("by", reopening.reopenedBy())
        .param("agency", reopening.agency())
        .param("reason", reopening.reason())
        .update();
  }

  List<CaseReopening> reopenings(long caseId) {
    return jdbc.sql(
            """
            select closed_at, reopened_at, reopened_by, agency, reason
              from carepath.case_reopening where case_id = :c order by id
            """)
        .param("c", caseId)
        .query(RecordRows.of(CaseReopening.class))
        .list();
  }
}
