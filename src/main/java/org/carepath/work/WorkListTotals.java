package org.carepath.work;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each agency's number of open tasks, kept beside the work list's rows so the list's total is read
 * rather than counted (PostgreSQL took 8 to 12 ms to count an agency's 60,000 tasks at 300,000
 * cases). A transaction's changes are added up as it runs and written just before it commits, in
 * agency order, to one of a few rows per agency picked for the transaction: writers meet on a row
 * only briefly and rarely, and never lock two rows in opposite orders.
 */
@Component
class WorkListTotals {

  /** Rows per agency; the total is their sum. */
  static final int STRIPES = 8;

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  WorkListTotals(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  /**
   * Counts {@code change} open tasks more (or fewer) for the agency, when this transaction commits.
   */
  void add(String groupId, int change) {
    // Outside a transaction, or in one that takes no synchronizations, the change is written now.
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      write(groupId, change, anyStripe());
      return;
    }
    Pending pending = null;
    for (TransactionSynchronization synchronization :
        TransactionSynchronizationManager.getSynchronizations()) {
      if (synchronization instanceof Pending mine && mine.owner == this) {
        pending = mine;
      }
    }
    if (pending == null) {
      pending = new Pending(this);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    pending.changes.merge(groupId, change, Integer::sum);
  }

  long of(String groupId) {
    return jdbc.sql(
            "select coalesce(sum(open_tasks), 0) from carepath.work_item_total"
                + " where group_id = :g")
        .param("g", groupId)
        .query(Long.class)
        .single();
  }

  /**
   * The changes of one transaction, found again through the transaction's own synchronizations, so
   * a transaction suspended for another keeps its changes apart from the other's.
   */
  private static final class Pending implements TransactionSynchronization {
    private final WorkListTotals owner;
    private final Map<String, Integer> changes = new TreeMap<>();

    Pending(WorkListTotals owner) {
      this.owner = owner;
    }

    /** In agency order (the map is sorted), all on one row per agency picked for the commit. */
    @Override
    public void beforeCommit(boolean readOnly) {
      int stripe = anyStripe();
      changes.forEach((groupId, change) -> owner.write(groupId, change, stripe));
    }
  }

  private static int anyStripe() {
    return ThreadLocalRandom.current().nextInt(STRIPES);
  }

  private void write(String groupId, int change, int stripe) {
    if (change != 0 && !update(groupId, stripe, change)) {
      insert(groupId, stripe, change);
    }
  }

  private boolean update(String groupId, int stripe, int change) {
    return jdbc.sql(
                "update carepath.work_item_total set open_tasks = open_tasks + :n"
                    + " where group_id = :g and stripe = :s")
            .param("n", change)
            .param("g", groupId)
            .param("s", stripe)
            .update()
        > 0;
  }

  /**
   * The agency's first task on this row. Two transactions may both find the row missing; the one
   * that loses adds to the winner's row, its own work kept by a savepoint (PostgreSQL would
   * otherwise abort the whole transaction over the duplicate key).
   */
  private void insert(String groupId, int stripe, int change) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      try {
        insertRow(groupId, stripe, change);
      } catch (DuplicateKeyException raced) {
        update(groupId, stripe, change);
      }
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      Savepoint savepoint = connection.setSavepoint();
      try {
        insertRow(groupId, stripe, change);
        connection.releaseSavepoint(savepoint);
      } catch (DuplicateKeyException raced) {
        connection.rollback(savepoint);
        update(groupId, stripe, change);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot keep the work list's total for " + groupId, e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private void insertRow(String groupId, int stripe, int change) {
    jdbc.sql(
            "insert into carepath.work_item_total (group_id, stripe, open_tasks)"
                + " values (:g, :s, :n)")
        .param("g", groupId)
        .param("s", stripe)
        .param("n", change)
        .update();
  }
}
