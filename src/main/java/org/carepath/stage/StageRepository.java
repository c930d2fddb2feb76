package org.carepath.stage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Pregnancies, developmental stages and what happened in them, in schema {@code carepath}. */
@Repository
class StageRepository {

  static final String EXPECTED = "EXPECTED";
  static final String BORN = "BORN";
  static final String ACTIVE = "ACTIVE";
  static final String ENDED = "ENDED";

  private final JdbcClient jdbc;

  StageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertPregnancy(
      long caseId, long adultId, LocalDate expected, String by, OffsetDateTime at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.pregnancy
              (case_id, adult_id, expected_delivery_date, status, recorded_by, recorded_at)
            values (:c, :a, :edd, 'EXPECTED', :by, :at)
            """)
        .param("c", caseId)
        .param("a", adultId)
        .param("edd", expected)
        .param("by", by)
        .param("at", at)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<Pregnancy> pregnancy(long id) {
    return jdbc.sql("select * from carepath.pregnancy where id = :id")
        .param("id", id)
        .query(RecordRows.of(Pregnancy.class))
        .optional();
  }

  List<Pregnancy> pregnancies(long caseId) {
    return jdbc.sql("select * from carepath.pregnancy where case_id = :c order by id")
        .param("c", caseId)
        .query(RecordRows.of(Pregnancy.class))
        .list();
  }

  Optional<Pregnancy> expectedPregnancyOf(long adultId) {
    return jdbc.sql(
            "select * from carepath.pregnancy where adult_id = :a and status = 'EXPECTED' order by id")
        .param("a", adultId)
        .query(RecordRows.of(Pregnancy.class))
        .optional();
  }

  void redate(long pregnancyId, LocalDate expected) {
    jdbc.sql("update carepath.pregnancy set expected_delivery_date = :edd where id = :id")
        .param("edd", expected)
        .param("id", pregnancyId)
        .update();
  }

  /** A pregnancy that ended without a birth: a loss or a termination. */
  void endedWithoutBirth(long pregnancyId, LocalDate endedOn, String how) {
    jdbc.sql(
            """
            update carepath.pregnancy set status = 'ENDED', ended_on = :ended, ended_how = :how
             where id = :id and status = 'EXPECTED'
            """)
        .param("ended", endedOn)
        .param("how", how)
        .param("id", pregnancyId)
        .update();
  }

  void born(long pregnancyId, LocalDate bornOn, long childId) {
    jdbc.sql(
            """
            update carepath.pregnancy set status = 'BORN', born_on = :born, child_id = :child
             where id = :id and status = 'EXPECTED'
            """)
        .param("born", bornOn)
        .param("child", childId)
        .param("id", pregnancyId)
        .update();
  }

  /** Records a stage that begins, and returns it as stored (no read back: it is all here). */
  Stage insertStage(
      long caseId,
      Long pregnancyId,
      Long childId,
      String stage,
      String startedBy,
      LocalDate startsOn,
      LocalDate endsOn) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.case_stage
              (case_id, pregnancy_id, child_id, stage, started_by, starts_on, ends_on, status)
            values (:c, :p, :child, :stage, :by, :starts, :ends, 'ACTIVE')
            """)
        .param("c", caseId)
        .param("p", childId == null ? pregnancyId : null)
        .param("child", childId)
        .param("stage", stage)
        .param("by", startedBy)
        .param("starts", startsOn)
        .param("ends", endsOn)
        .update(key, "id");
    return new Stage(
        key.getKey().longValue(),
        caseId,
        childId == null ? pregnancyId : null,
        childId,
        stage,
        startedBy,
        startsOn,
        endsOn,
        "ACTIVE",
        null);
  }

  /** Open cases with a pregnancy or a child under 18 and no pregnancy or stage on record. */
  List<String> openCasesWithoutStages(LocalDate bornAfter, int limit) {
    return jdbc.sql(
            """
            select c.reference from carepath.family_case c
             where c.status = 'OPEN'
               and not exists (select 1 from carepath.case_stage s where s.case_id = c.id)
               and not exists (select 1 from carepath.pregnancy p where p.case_id = c.id)
               and (exists (select 1 from carepath.case_adult a
                             where a.case_id = c.id and a.pregnant and a.expected_delivery_date is not null)
                    or exists (select 1 from carepath.case_child k
                                where k.case_id = c.id and k.date_of_birth > :bornAfter))
             order by c.id
             fetch first :limit rows only
            """)
        .param("bornAfter", bornAfter)
        .param("limit", limit)
        .query(String.class)
        .list();
  }

  Stage stage(long id) {
    return jdbc.sql("select * from carepath.case_stage where id = :id")
        .param("id", id)
        .query(RecordRows.of(Stage.class))
        .single();
  }

  List<Stage> stages(long caseId) {
    return jdbc.sql("select * from carepath.case_stage where case_id = :c order by id")
        .param("c", caseId)
        .query(RecordRows.of(Stage.class))
        .list();
  }

  List<Stage> activeStages(long caseId) {
    return jdbc.sql(
            "select * from carepath.case_stage where case_id = :c and status = 'ACTIVE' order by id")
        .param("c", caseId)
        .query(RecordRows.of(Stage.class))
        .list();
  }

  Optional<Stage> activeStageOfPregnancy(long pregnancyId) {
    return jdbc.sql(
            """
            select * from carepath.case_stage where pregnancy_id = :p and status = 'ACTIVE'
            """)
        .param("p", pregnancyId)
        .query(RecordRows.of(Stage.class))
        .optional();
  }

  void moveEnd(long stageId, LocalDate endsOn) {
    jdbc.sql("update carepath.case_stage set ends_on = :ends where id = :id")
        .param("ends", endsOn)
        .param("id", stageId)
        .update();
  }

  void end(long stageId, LocalDate endedOn) {
    jdbc.sql(
            """
            update carepath.case_stage set status = 'ENDED', ended_on = :ended
             where id = :id and status = 'ACTIVE'
            """)
        .param("ended", endedOn)
        .param("id", stageId)
        .update();
  }

  void event(long stageId, String kind, String detail, String by, OffsetDateTime at) {
    jdbc.sql(
            """
            insert into carepath.case_stage_event (stage_id, kind, detail, recorded_by, recorded_at)
            values (:s, :kind, :detail, :by, :at)
            """)
        .param("s", stageId)
        .param("kind", kind)
        .param("detail", detail)
        .param("by", by)
        .param("at", at)
        .update();
  }

  List<StageEvent> events(long caseId) {
    return jdbc.sql(
            """
            select e.* from carepath.case_stage_event e
              join carepath.case_stage s on s.id = e.stage_id
             where s.case_id = :c order by e.id
            """)
        .param("c", caseId)
        .query(RecordRows.of(StageEvent.class))
        .list();
  }

  /** A pregnancy as stored. */
  record Pregnancy(
      long id,
      long caseId,
      long adultId,
      LocalDate expectedDeliveryDate,
      String status,
      String recordedBy,
      OffsetDateTime recordedAt,
      LocalDate bornOn,
      Long childId) {}

  /** A developmental stage as stored. */
  record Stage(
      long id,
      long caseId,
      Long pregnancyId,
      Long childId,
      String stage,
      String startedBy,
      LocalDate startsOn,
      LocalDate endsOn,
      String status,
      LocalDate endedOn) {}

  /** Something that happened in a stage. */
  record StageEvent(
      long id,
      long stageId,
      String kind,
      String detail,
      String recordedBy,
      OffsetDateTime recordedAt) {}
}
