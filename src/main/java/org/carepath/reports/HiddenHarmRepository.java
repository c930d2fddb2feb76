package org.carepath.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the Hidden Harm dataset reads of the case record, a query per kind of row. */
@Repository
class HiddenHarmRepository {

  private final JdbcClient jdbc;

  HiddenHarmRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Cases open at some time in the period: referred before it ended, not closed before it began.
   */
  private static final String IN_PERIOD =
      " c.referred_at < :until and (c.closed_at is null or c.closed_at >= :since)";

  record Adult(
      long caseId,
      String caseReference,
      String leadAgency,
      Integer level,
      long adultId,
      int ordinal,
      String role,
      boolean pregnant) {}

  record Child(long caseId, LocalDate dateOfBirth, String livesWith) {}

  record Substance(long adultId, String substance) {}

  record Agency(long caseId, String agency) {}

  List<Adult> adults(OffsetDateTime since, OffsetDateTime until) {
    return inPeriod(
        """
        select c.id as case_id, c.reference as case_reference, c.lead_agency,
               c.current_level as level, a.id as adult_id, a.ordinal, a.role, a.pregnant
          from carepath.family_case c
          join carepath.case_adult a on a.case_id = c.id
        """,
        "c.id, a.ordinal",
        Adult.class,
        since,
        until);
  }

  List<Child> children(OffsetDateTime since, OffsetDateTime until) {
    return inPeriod(
        """
        select ch.case_id, ch.date_of_birth, ch.lives_with
          from carepath.family_case c
          join carepath.case_child ch on ch.case_id = c.id
        """,
        "ch.case_id, ch.ordinal",
        Child.class,
        since,
        until);
  }

  List<Substance> substances(OffsetDateTime since, OffsetDateTime until) {
    return inPeriod(
        """
        select s.adult_id, s.substance
          from carepath.family_case c
          join carepath.case_adult a on a.case_id = c.id
          join carepath.case_adult_substance s on s.adult_id = a.id
        """,
        "s.adult_id, s.substance",
        Substance.class,
        since,
        until);
  }

  List<Agency> agencies(OffsetDateTime since, OffsetDateTime until) {
    return inPeriod(
        """
        select g.case_id, g.agency
          from carepath.family_case c
          join carepath.case_agency g on g.case_id = c.id
        """,
        "g.case_id, g.agency",
        Agency.class,
        since,
        until);
  }

  /** The rows of the cases open at some time in the period (see {@link #IN_PERIOD}). */
  private <T> List<T> inPeriod(
      String select, String orderBy, Class<T> row, OffsetDateTime since, OffsetDateTime until) {
    return jdbc.sql(select + " where" + IN_PERIOD + " order by " + orderBy)
        .param("since", since)
        .param("until", until)
        .query(row)
        .list();
  }
}
