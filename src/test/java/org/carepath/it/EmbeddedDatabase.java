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

  /** The settings the {@code postgres} profile reads from the environment. */
  static void register(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
    registry.add("CAREPATH_DB_URL", () -> postgres.getJdbcUrl("postgres", "postgres"));
    registry.add("CAREPATH_DB_USER", () -> "postgres");
    registry.add("CAREPATH_DB_PASSWORD", () -> "");
  }

  private EmbeddedDatabase() {}
}
