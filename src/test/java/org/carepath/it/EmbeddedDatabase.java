package org.carepath.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server from embedded binaries (no Docker), for tests that run the {@code
 * postgres} profile; each server stops by its own shutdown hook, after the application context.
 */
final class EmbeddedDatabase {

  static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
    }
  }

  /**
   * A server on a data directory that outlives the run (made on first use), so a benchmark can seed
   * hundreds of thousands of cases once and measure them again in later runs.
   */
  static EmbeddedPostgres startKept(java.nio.file.Path dataDirectory) {
    try {
      return EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  /** The settings the {@code postgres} profile reads from the environment. */
  static void register(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
    registry.add("CAREPATH_DB_URL", () -> postgres.getJdbcUrl("postgres", "postgres"));
    registry.add("CAREPATH_DB_USER", () -> "postgres");
    registry.add("CAREPATH_DB_PASSWORD", () -> "");
  }

  private EmbeddedDatabase() {}
}
