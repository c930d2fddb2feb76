package org.carepath.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Rows to records as Spring's {@code query(Record.class)} maps them, column names read once. */
class RecordRowsTest {

  private static JdbcClient jdbc;

  enum Kind {
    VISIT,
    CALL
  }

  record Row(
      String taskId,
      String name,
      int level,
      Integer dueInDays,
      OffsetDateTime dueAt,
      Instant createdAt,
      boolean overdue,
      Kind kind) {}

  record Missing(String taskId, String nowhere) {}

  @BeforeAll
  static void database() {
    jdbc =
        JdbcClient.create(
            new SingleConnectionDataSource("jdbc:h2:mem:record-rows;DB_CLOSE_DELAY=-1", true));
    jdbc.sql(
            """
            create table item (task_id varchar(20), name varchar(20), level int,
              due_in_days int, due_at timestamp with time zone, created_at timestamp,
              overdue boolean, kind varchar(10))
            """)
        .update();
    jdbc.sql(
            """
            insert into item values
              ('t1', 'Visit', 3, 7, timestamp with time zone '2026-12-04 09:30:00+00',
               timestamp '2026-12-01 08:00:00', true, 'VISIT'),
              ('t2', 'Call', 1, null, null, null, false, 'CALL')
            """)
        .update();
  }

  @Test
  void mapsSnakeCaseColumnsAndConvertsTheirValues() {
    List<Row> rows =
        jdbc.sql("select * from item order by task_id").query(RecordRows.of(Row.class)).list();

    assertThat(rows)
        .containsExactly(
            new Row(
                "t1",
                "Visit",
                3,
                7,
                OffsetDateTime.of(2026, 12, 4, 9, 30, 0, 0, ZoneOffset.UTC),
                jdbc.sql("select created_at from item where task_id = 't1'")
                    .query(Instant.class)
                    .single(),
                true,
                Kind.VISIT),
            new Row("t2", "Call", 1, null, null, null, false, Kind.CALL));
  }

  @Test
  void answersAsSpringsOwnMappingDoes() {
    String sql = "select * from item order by task_id";
    assertThat(jdbc.sql(sql).query(RecordRows.of(Row.class)).list())
        .isEqualTo(jdbc.sql(sql).query(Row.class).list());
  }

  @Test
  void prefersAColumnNamedAsTheComponentAndTakesTheFirstOfTwoAlike() {
    Row row =
        jdbc.sql(
                """
                select 'alias' as taskId, task_id, name, level, due_in_days, due_at, created_at,
                       overdue, kind, 'second' as name
                  from item where task_id = 't1'
                """)
            .query(RecordRows.of(Row.class))
            .single();

    assertThat(row.taskId()).isEqualTo("alias");
    assertThat(row.name()).isEqualTo("Visit");
  }

  @Test
  void aKeptMapperReadsEachResultByItsOwnColumns() {
    RecordRows<Row> kept = RecordRows.of(Row.class);
    jdbc.sql("select * from item where task_id = 't1'").query(kept).single();

    Row reordered =
        jdbc.sql(
                """
                select kind, overdue, created_at, due_at, due_in_days, level, name, task_id
                  from item where task_id = 't2'
                """)
            .query(kept)
            .single();

    assertThat(reordered).isEqualTo(new Row("t2", "Call", 1, null, null, null, false, Kind.CALL));
  }

  @Test
  void namesTheComponentAQueryLeavesOut() {
    assertThatThrownBy(
            () -> jdbc.sql("select task_id from item").query(RecordRows.of(Missing.class)).list())
        .isInstanceOf(InvalidDataAccessApiUsageException.class)
        .hasMessageContaining("Missing.nowhere");
  }
}
