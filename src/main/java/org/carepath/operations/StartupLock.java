package org.carepath.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Nodes start one at a time. From the moment the database can be reached (before the engine creates
 * or checks its schema and Flyway migrates ours) until this node is ready for traffic, it holds a
 * PostgreSQL advisory lock, so two nodes started together never race to create tables, groups,
 * users or a model's next version, nor to backfill running cases twice. The lock belongs to a
 * database session, so a node killed during startup releases it with its connection.
 *
 * <p>The embedded H2 file is opened by one process only (H2 locks the file), so there is nothing to
 * serialise there.
 */
@Component
class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationEvent> {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

  /** Any fixed number: the lock's name among the database's advisory locks ("carepath"). */
  static final long KEY = 0x6361726570617468L;

  private static final Duration WAIT = Duration.ofMinutes(15);

  private Connection held;
  private boolean tried;

  @Override
  public synchronized Object postProcessAfterInitialization(Object bean, String name) {
    if (bean instanceof DataSource dataSource && !tried) {
      tried = true;
      held = acquire(dataSource);
    }
    return bean;
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    // Readiness is announced after every ApplicationReadyEvent listener (the backfills) has run.
    if ((event instanceof AvailabilityChangeEvent<?> change
            && change.getState() == ReadinessState.ACCEPTING_TRAFFIC)
        || event instanceof ApplicationFailedEvent
        || event instanceof ContextClosedEvent) {
      release();
    }
  }

  boolean isHeld() {
    return held != null;
  }

  private static Connection acquire(DataSource dataSource) {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return null;
      }
      connection.setAutoCommit(true);
      Instant deadline = Instant.now().plus(WAIT);
      boolean waiting = false;
      while (!tryLock(connection)) {
        if (!waiting) {
          log.info("Another node is starting on this database; waiting for it to finish");
          waiting = true;
        }
        if (Instant.now().isAfter(deadline)) {
          connection.close();
          throw new IllegalStateException(
              "Another node has been starting on this database for more than "
                  + WAIT.toMinutes()
                  + " minutes; stop it or check its log, then start this node again");
        }
        Thread.sleep(500);
      }
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException("Cannot take the startup lock on the database", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(connection);
      throw new IllegalStateException("Interrupted while waiting for another node to start", e);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      lock.setLong(1, KEY);
      try (ResultSet result = lock.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  private synchronized void release() {
    if (held == null) {
      return;
    }
    try (PreparedStatement unlock = held.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
    } catch (SQLException e) {
      log.warn("Could not release the startup lock; it goes with the connection", e);
    } finally {
      closeQuietly(held);
      held = null;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // The connection is gone, and the session's lock with it.
      }
    }
  }
}
