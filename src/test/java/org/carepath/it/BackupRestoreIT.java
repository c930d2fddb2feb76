package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * README's backup runbook, tried: a backup ({@code pg_dump}) of a running system, restored into a
 * new database and started, holds every case, open task, timer and our own record, and the engine
 * carries on from it (timers fire, work continues, the access log's chain still checks). Needs the
 * PostgreSQL client tools ({@code postgresql-client}; {@code .ci/run} installs them).
 */
class BackupRestoreIT {

  @Test
  void aRestoredBackupCarriesOn() throws Exception {
    Path folder = ChildApplication.folder("backup-restore");
    Files.createDirectories(folder);
    Path backup = folder.resolve("carepath.dump");
    try (EmbeddedPostgres postgres = EmbeddedDatabase.start()) {
      JdbcClient live = database(postgres, "postgres");
      Map<String, Integer> progress;
      Map<String, Long> before;
      try (ChildApplication running =
          ChildApplication.onPostgres(
              folder.resolve("running.log"), postgres.getJdbcUrl("postgres", "postgres"))) {
        try (PathwayLoad load = PathwayLoad.start(2, running.port())) {
          load.awaitConfirmed(6, 180);
          progress = load.progress();
        }
        // The system is still running (its job executor too) while the backup is taken.
        run(
            "pg_dump",
            "--format=custom",
            "--host=localhost",
            "--port=" + postgres.getPort(),
            "--username=postgres",
            "--dbname=postgres",
            "--file=" + backup);
        before = rowCounts(live);
      }

      live.sql("create database restored").update();
      run(
          "pg_restore",
          "--no-owner",
          "--exit-on-error",
          "--host=localhost",
          "--port=" + postgres.getPort(),
          "--username=postgres",
          "--dbname=restored",
          backup.toString());
      JdbcClient restored = database(postgres, "restored");
      assertThat(rowCounts(restored))
          .as("every table of the engine and of carepath, row for row")
          .isEqualTo(before);

      try (ChildApplication again =
          ChildApplication.onPostgres(
              folder.resolve("restored.log"), postgres.getJdbcUrl("postgres", "restored"))) {
        Api hana = Api.as(again.port(), "hana");
        progress.forEach(
            (id, step) ->
                assertThat(hana.get("/api/cases/" + id).getStatusCode())
                    .as(id)
                    .isEqualTo(HttpStatus.OK));
        // Timers fire: the families waiting for their review get it.
        List<String> confirmed =
            progress.entrySet().stream()
                .filter(e -> e.getValue() == PathwayLoad.STEPS.size() - 1)
                .map(Map.Entry::getKey)
                .toList();
        PathwayTables.reviewsDueNow(
            restored, Api.as(again.port(), "admin", ChildApplication.ADMIN_PASSWORD), confirmed);
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .untilAsserted(
                () ->
                    assertThat(PathwayTables.reviewsOpen(restored, confirmed))
                        .containsExactlyInAnyOrderElementsOf(confirmed));
        // Work continues: new families are referred and taken through their first steps.
        try (PathwayLoad load = PathwayLoad.start(1, again.port())) {
          load.awaitConfirmed(2, 120);
          assertThat(load.confirmed()).hasSizeGreaterThanOrEqualTo(2);
        }
        // Our record is whole: the access log's chain checks from its first entry to the last.
        Map<String, Object> check = Api.map(Api.as(again.port(), "ivy").get("/api/audit/verify"));
        assertThat(check).containsEntry("intact", true);
      }
    }
  }

  private static JdbcClient database(EmbeddedPostgres postgres, String name) {
    return JdbcClient.create(
        new DriverManagerDataSource(postgres.getJdbcUrl("postgres", name), "postgres", ""));
  }

  /** Rows in every table of the engine's schema and ours. */
  private static Map<String, Long> rowCounts(JdbcClient database) {
    Map<String, Long> counts = new TreeMap<>();
    for (String table :
        database
            .sql(
                "select table_schema || '.' || table_name from information_schema.tables"
                    + " where table_schema in ('public', 'carepath') and table_type = 'BASE TABLE'"
                    // The engine writes its own usage meters on a timer of its own.
                    + " and table_name <> 'act_ru_meter_log'")
            .query(String.class)
            .list()) {
      counts.put(table, database.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException missing) {
      throw new IllegalStateException(
          command[0]
              + " is not installed: install the PostgreSQL client tools"
              + " (apt-get install postgresql-client)",
          missing);
    }
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }
}
