package org.carepath.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The agencies' kept totals: written at commit, dropped with a rollback, right under races. */
class WorkListTotalsTest {

  private static DriverManagerDataSource dataSource;
  private static JdbcClient jdbc;
  private static WorkListTotals totals;
  private static TransactionTemplate inTransaction;
  private static ExecutorService people;

  @BeforeAll
  static void database() {
    dataSource =
        new DriverManagerDataSource(
            "jdbc:h2:mem:totals-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    // The real migrations, so the table is the one the application has.
    Flyway.configure()
        .dataSource(dataSource)
        .schemas("CAREPATH")
        .defaultSchema("CAREPATH")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    jdbc = JdbcClient.create(dataSource);
    totals = new WorkListTotals(jdbc, dataSource);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    inTransaction = new TransactionTemplate(transactions);
    people = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void stop() {
    people.shutdownNow();
  }

  @Test
  void aTransactionsChangesCountWhenItCommits() {
    inTransaction.executeWithoutResult(
        status -> {
          totals.add("school", 1);
          totals.add("school", 1);
          totals.add("gp", 1);
          totals.add("school", -1);
          // Nothing written before the commit: the rows are locked only while it commits.
          assertThat(rows("school")).isZero();
        });

    assertThat(totals.of("school")).isEqualTo(1);
    assertThat(totals.of("gp")).isEqualTo(1);
    assertThat(totals.of("housing")).isZero();
  }

  @Test
  void aRolledBackTransactionChangesNothing() {
    inTransaction.executeWithoutResult(status -> totals.add("police", 3));
    inTransaction.executeWithoutResult(
        status -> {
          totals.add("police", 2);
          status.setRollbackOnly();
        });

    assertThat(totals.of("police")).isEqualTo(3);
  }

  @Test
  void aTransactionStartedInsideAnotherKeepsItsChangesApart() {
    TransactionTemplate apart = new TransactionTemplate(inTransaction.getTransactionManager());
    apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    inTransaction.executeWithoutResult(
        status -> {
          totals.add("housing", 1);
          apart.executeWithoutResult(inner -> totals.add("housing", 5));
          status.setRollbackOnly();
        });

    assertThat(totals.of("housing")).isEqualTo(5);
  }

  @Test
  void outsideATransactionTheChangeIsWrittenAtOnce() {
    totals.add("early-years", 2);

    assertThat(totals.of("early-years")).isEqualTo(2);
  }

  @Test
  void writersRacingForAnAgencysFirstRowsLoseNoChange() throws Exception {
    int rounds = 30;
    int writers = 4;
    for (int round = 0; round < rounds; round++) {
      String agency = "racing-" + round;
      CyclicBarrier together = new CyclicBarrier(writers);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        done.add(
            people.submit(
                () -> {
                  together.await();
                  inTransaction.executeWithoutResult(
                      status -> {
                        totals.add(agency, 1);
                        totals.add("health-visiting", 1);
                      });
                  return null;
                }));
      }
      for (Future<?> writer : done) {
        writer.get();
      }
      assertThat(totals.of(agency)).as(agency).isEqualTo(writers);
    }
    assertThat(totals.of("health-visiting")).isEqualTo((long) rounds * writers);
    assertThat(rows("health-visiting")).isBetween(1L, (long) WorkListTotals.STRIPES);
  }

  private static long rows(String agency) {
    return jdbc.sql("select count(*) from carepath.work_item_total where group_id = :g")
        .param("g", agency)
        .query(Long.class)
        .single();
  }
}
