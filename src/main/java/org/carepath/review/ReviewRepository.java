package org.carepath.review;

import java.time.OffsetDateTime;
import java.util.List;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

  private final JdbcClient jdbc;

  ReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      long caseId,
      int level,
      String outcome,
      String notes,
      boolean childSeen,
      String by,
      OffsetDateTime at) {
    jdbc.sql(
            """
            insert into carepath.case_review (case_id, level, outcome, notes, child_seen, reviewed_by, reviewed_at)
            values (:c, :level, :outcome, :notes, :seen, :by, :at)
            """)
        .param("c", caseId)
        .param("level", level)
        .param("outcome", outcome)
        .param("notes", notes)
        .param("seen", childSeen)
        .param("by", by)
        .param("at", at)
        .update();
  }

  List<Review> of(long caseId) {
    return jdbc.sql(
            """
            select level, outcome, notes, child_seen as child_seen_and_spoken_to, reviewed_by, reviewed_at
              from carepath.case_review where case_id = :c order by reviewed_at, id
            """)
        .param("c", caseId)
        .query(RecordRows.of(Review.class))
        .list();
  }
}
