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
    return jdbc.sql(
            """
            select c.id as case_id, c.reference as case_reference, c.lead_agency,
                   c.current_level as level, a.id as adult_id, a.ordinal, a.role, a.pregnant
              from carepath.family_case c
              join carepath.case_adult a on a.case_id = c.id
             where"""
                + IN_PERIOD
                + " order by c.id, a.ordinal")
        .param("since", since)
        .param("until", until)
        .query(Adult.class)
        .list();
  }

  List<Child> children(OffsetDateTime since, OffsetDateTime until) {
    return jdbc.sql(
            """
            select ch.case_id, ch.date_of_birth, ch.lives_with
              from carepath.family_case c
              join carepath.case_child ch on ch.case_id = c.id
             where"""
                + IN_PERIOD
                + " order by ch.case_id, ch.ordinal")
        .param("since", since)
        .param("until", until)
        .query(Child.class)
        .list();
  }

  List<Substance> substances(OffsetDateTime since, OffsetDateTime until) {
    return jdbc.sql(
            """
            select s.adult_id, s.substance
              from carepath.family_case c
              join carepath.case_adult a on a.case_id = c.id
              join carepath.case_adult_substance s on s.adult_id = a.id
             where"""
                + IN_PERIOD
                + " order by s.adult_id, s.substance")
        .param("since", since)
        .param("until", until)
        .query(Substance.class)
        .list();
  }

  List<Agency> agencies(OffsetDateTime since, OffsetDateTime until) {
    return jdbc.sql(
            """
            select g.case_id, g.agency
              from carepath.family_case c
              join carepath.case_agency g on g.case_id = c.id
             where"""
                + IN_PERIOD
                + " order by g.case_id, g.agency")
        .param("since", since)
        .param("until", until)
        .query(Agency.class)
        .list();
  }
}
