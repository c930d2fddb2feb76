package org.carepath.testing;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Our schema migrated up to a version, as the application's Flyway does, for migration tests. */
public final class Migrations {

  public static void migrate(DataSource database, String version) {
    Flyway.configure()
        .dataSource(database)
        .schemas("CAREPATH")
        .defaultSchema("CAREPATH")
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
  }

  private Migrations() {}
}
