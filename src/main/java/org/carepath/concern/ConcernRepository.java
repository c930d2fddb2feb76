package org.carepath.concern;

import java.time.OffsetDateTime;
import java.util.List;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ConcernRepository {

  private final JdbcClient jdbc;

  ConcernRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long caseId,
      String agency,
      String by,
      OffsetDateTime at,
      String description,
      String reassessment,
      String involvement) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.concern (case_id, raised_by_agency, raised_by, raised_at, description,
              reassessment, involvement)
            values (:c, :agency, :by, :at, :description, :reassessment, :involvement)
            """)
        .param("c", caseId)
        .param("agency", agency)
        .param("by", by)
        .param("at", at)
        .param("description", description)
        .param("reassessment", reassessment)
        .param("involvement", involvement)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void decideInvolvement(long id, String involvement) {
    jdbc.sql("update carepath.concern set involvement = :i where id = :id")
        .param("i", involvement)
        .param("id", id)
        .update();
  }

  List<Concern> of(long caseId) {
    return jdbc.sql(
            """
            select id, raised_by_agency, raised_by, raised_at, description, reassessment,
                   involvement
              from carepath.concern where case_id = :c order by raised_at, id
            """)
        .param("c", caseId)
        .query(RecordRows.of(Concern.class))
        .list();
  }
}
