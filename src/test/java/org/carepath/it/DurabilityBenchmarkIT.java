package org.carepath.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What durable commits cost on the embedded default, printed, never asserted (this machine is
 * noisy): referrals per second with H2's default write delay and with {@code WRITE_DELAY=0}, in the
 * same run, alternating, and how many acknowledged referrals each loses to a kill -9. Run with
 * {@code mvn -B verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=DurabilityBenchmarkIT -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DurabilityBenchmarkIT {

  private static final int ROUNDS = 3;
  private static final int WARM_UP = 100;
  private static final int MEASURED = 600;

  @Test
  void printReferralsPerSecondAndLossesWithAndWithoutDurableCommits() throws Exception {
    List<Double> delayed = new ArrayList<>();
    List<Double> durable = new ArrayList<>();
    List<String> losses = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      for (boolean isDurable : List.of(false, true)) {
        Path data = ChildApplication.folder("benchmark-h2");
        String[] database = database(data, isDurable);
        try (ChildApplication app =
            ChildApplication.start(data.resolve("application.log"), database)) {
          (isDurable ? durable : delayed).add(referralsPerSecond(app.port()));
        }
        Path crashed = ChildApplication.folder("benchmark-h2");
        List<String> acknowledged = CrashIT.referThenKill(crashed, database(crashed, isDurable));
        try (ChildApplication restarted =
            ChildApplication.start(
                crashed.resolve("application.log"), database(crashed, isDurable))) {
          losses.add(
              "%s round %d: lost %d of %d acknowledged"
                  .formatted(
                      isDurable ? "WRITE_DELAY=0" : "default delay",
                      round,
                      CrashIT.lost(restarted.port(), acknowledged).size(),
                      acknowledged.size()));
        }
      }
    }
    double before = median(delayed);
    double after = median(durable);
    System.out.printf(
        "%nDURABILITY BENCHMARK (%d clients, %d referrals measured per run, %d rounds)%n"
            + "  default write delay: %s referrals/s (median %.1f)%n"
            + "  WRITE_DELAY=0:       %s referrals/s (median %.1f)%n"
            + "  durable / delayed:   %.2f%n  %s%n",
        CrashIT.CLIENTS,
        MEASURED,
        ROUNDS,
        delayed,
        before,
        durable,
        after,
        after / before,
        String.join("\n  ", losses));
  }

  /** The old URL restated on purpose: it is what is being compared against. */
  private static String[] database(Path data, boolean durable) {
    return durable
        ? new String[] {"--carepath.data-dir=" + data}
        : new String[] {
          "--spring.datasource.url=jdbc:h2:file:"
              + data
              + "/carepath;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0"
        };
  }

  private static double referralsPerSecond(int port) throws InterruptedException {
    try (ReferralLoad warmUp = ReferralLoad.start(port, CrashIT.CLIENTS)) {
      warmUp.awaitAcknowledged(WARM_UP, 120);
    }
    long start = System.nanoTime();
    int done;
    try (ReferralLoad load = ReferralLoad.start(port, CrashIT.CLIENTS)) {
      load.awaitAcknowledged(MEASURED, 300);
      done = load.acknowledged().size();
    }
    return Math.round(done / ((System.nanoTime() - start) / 1e9) * 10) / 10.0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
