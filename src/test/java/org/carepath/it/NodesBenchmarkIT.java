package org.carepath.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Referrals and task completions per second through one or two nodes on one PostgreSQL, printed,
 * never asserted (this machine is noisy). Run with {@code mvn -B verify -Dtest=NoSuchTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NodesBenchmarkIT -Dbenchmark=true -Dnodes=2}
 * ({@code -Dclients=4 -Dseconds=60} by default).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NodesBenchmarkIT {

  @Test
  void referralsAndCompletionsPerSecond() throws Exception {
    int nodes = Integer.getInteger("nodes", 1);
    int clients = Integer.getInteger("clients", 4);
    int seconds = Integer.getInteger("seconds", 60);
    Path logs = ChildApplication.folder("nodes-benchmark");
    try (EmbeddedPostgres postgres = EmbeddedDatabase.start()) {
      List<CompletableFuture<ChildApplication>> starting = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        Path log = logs.resolve("node-" + i + ".log");
        starting.add(
            CompletableFuture.supplyAsync(
                () ->
                    ChildApplication.onPostgres(log, postgres.getJdbcUrl("postgres", "postgres"))));
      }
      List<ChildApplication> running = new ArrayList<>();
      try {
        for (CompletableFuture<ChildApplication> node : starting) {
          running.add(node.get());
        }
        int[] ports = running.stream().mapToInt(ChildApplication::port).toArray();
        // Warm up the JIT and the pools on every node, then measure.
        try (PathwayLoad warmUp = PathwayLoad.start(clients, ports)) {
          warmUp.awaitConfirmed(20 * nodes, 120);
        }
        PathwayLoad load = PathwayLoad.start(clients, ports);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        int referrals = load.referrals();
        int completions = load.completions();
        double elapsed = (System.nanoTime() - start) / 1e9;
        load.close();
        System.out.printf(
            "nodes=%d clients=%d: %.1f referrals/s, %.1f task completions/s over %.0f s"
                + " (%d cores on this machine, shared by the nodes, the database and the clients)%n",
            nodes,
            clients,
            referrals / elapsed,
            completions / elapsed,
            elapsed,
            Runtime.getRuntime().availableProcessors());
      } finally {
        for (ChildApplication node : running) {
          node.close();
        }
      }
    }
  }
}
