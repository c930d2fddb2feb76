package org.carepath.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.carepath.jdbc.RecordRows;
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

  private static final String ADULTS =
      """
      select c.id as case_id, c.reference as case_reference, c.lead_agency,
             c.current_level as level, a.id as adult_id, a.ordinal, a.role, a.pregnant
        from carepath.family_case c
        join carepath.case_adult a on a.case_id = c.id
      """;

  List<Adult> adults(OffsetDateTime since, OffsetDateTime until) {
    return inPeriod(ADULTS, "c.id, a.ordinal", Adult.class, since, until);
  }

  private List<Adult> adultsOf(long caseId) {
    return jdbc.sql(ADULTS + " where c.id = :c order by a.ordinal")
        .param("c", caseId)
        .query(RecordRows.of(Adult.class))
        .list();
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

  /** What was kept of destroyed cases open in the period: the same rows, without who. */
  static final String DESTROYED = "destroyed record";

  private static final String KEPT_IN_PERIOD =
      " k.referred_at < :until and (k.closed_at is null or k.closed_at >= :since)";

  List<Adult> keptAdults(OffsetDateTime since, OffsetDateTime until) {
    return kept(
        """
        select -k.id as case_id, :destroyed as case_reference, k.lead_agency, k.level,
               -(k.id * 1000 + a.ordinal) as adult_id, a.ordinal, a.role, a.pregnant
          from carepath.hidden_harm_kept k
          join carepath.hidden_harm_kept_adult a on a.kept_id = k.id
        """,
        "k.id, a.ordinal",
        Adult.class,
        since,
        until);
  }

  List<Child> keptChildren(OffsetDateTime since, OffsetDateTime until) {
    return kept(
        """
        select -k.id as case_id, ch.born_month as date_of_birth,
               case when ch.whereabouts_unknown then null else 'recorded' end as lives_with
          from carepath.hidden_harm_kept k
          join carepath.hidden_harm_kept_child ch on ch.kept_id = k.id
        """,
        "k.id, ch.born_month",
        Child.class,
        since,
        until);
  }

  List<Substance> keptSubstances(OffsetDateTime since, OffsetDateTime until) {
    List<Substance> substances = new java.util.ArrayList<>();
    jdbc.sql(
            "select k.id, a.ordinal, a.substances from carepath.hidden_harm_kept k"
                + " join carepath.hidden_harm_kept_adult a on a.kept_id = k.id where"
                + KEPT_IN_PERIOD)
        .param("since", since)
        .param("until", until)
        .query(
            (rs, row) -> {
              long adultId = -(rs.getLong("id") * 1000 + rs.getInt("ordinal"));
              for (String substance : split(rs.getString("substances"))) {
                substances.add(new Substance(adultId, substance));
              }
              return null;
            })
        .list();
    return substances;
  }

  List<Agency> keptAgencies(OffsetDateTime since, OffsetDateTime until) {
    List<Agency> agencies = new java.util.ArrayList<>();
    jdbc.sql("select k.id, k.agencies from carepath.hidden_harm_kept k where" + KEPT_IN_PERIOD)
        .param("since", since)
        .param("until", until)
        .query(
            (rs, row) -> {
              for (String agency : split(rs.getString("agencies"))) {
                agencies.add(new Agency(-rs.getLong("id"), agency));
              }
              return null;
            })
        .list();
    return agencies;
  }

  private static String[] split(String joined) {
    return joined == null || joined.isEmpty() ? new String[0] : joined.split(",");
  }

  private <T> List<T> kept(
      String select, String orderBy, Class<T> row, OffsetDateTime since, OffsetDateTime until) {
    return jdbc.sql(select + " where" + KEPT_IN_PERIOD + " order by " + orderBy)
        .param("since", since)
        .param("until", until)
        .param("destroyed", DESTROYED)
        .query(row)
        .list();
  }

  void keep(long caseId, java.util.function.Predicate<Child> whereaboutsUnknown) {
    List<String> agencies =
        jdbc.sql("select agency from carepath.case_agency where case_id = :c order by agency")
            .param("c", caseId)
            .query(String.class)
            .list();
    org.springframework.jdbc.support.KeyHolder key =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "insert into carepath.hidden_harm_kept (referred_at, closed_at, lead_agency, level,"
                + " agencies) select referred_at, closed_at, lead_agency, current_level, :agencies"
                + " from carepath.family_case where id = :c")
        .param("c", caseId)
        .param("agencies", String.join(",", agencies))
        .update(key, "id");
    long kept = key.getKey().longValue();
    for (Adult adult : adultsOf(caseId)) {
      List<String> substances =
          jdbc.sql(
                  "select substance from carepath.case_adult_substance where adult_id = :a"
                      + " order by substance")
              .param("a", adult.adultId())
              .query(String.class)
              .list();
      jdbc.sql(
              "insert into carepath.hidden_harm_kept_adult (kept_id, ordinal, role, substances,"
                  + " pregnant) values (:k, :o, :role, :s, :p)")
          .param("k", kept)
          .param("o", adult.ordinal())
          .param("role", adult.role())
          .param("s", String.join(",", substances))
          .param("p", adult.pregnant())
          .update();
    }
    for (Child child :
        jdbc.sql(
                "select case_id, date_of_birth, lives_with from carepath.case_child"
                    + " where case_id = :c")
            .param("c", caseId)
            .query(RecordRows.of(Child.class))
            .list()) {
      jdbc.sql(
              "insert into carepath.hidden_harm_kept_child (kept_id, born_month,"
                  + " whereabouts_unknown) values (:k, :born, :unknown)")
          .param("k", kept)
          .param("born", child.dateOfBirth().withDayOfMonth(1))
          .param("unknown", whereaboutsUnknown.test(child))
          .update();
    }
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
