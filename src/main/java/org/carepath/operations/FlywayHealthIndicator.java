package org.carepath.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of our own tables ("flyway" in the health groups): every migration this node carries is
 * applied and none failed. A node whose database lacks its migrations (restored from an older
 * backup, say) or holds a failed one must not take traffic. Read at most once a minute: a load
 * balancer asks every few seconds and the answer changes only with a release.
 */
@Component
class FlywayHealthIndicator implements HealthIndicator {

  private static final Duration FRESH = Duration.ofMinutes(1);

  private final Flyway flyway;
  private final Clock clock;
  private Health last;
  private Instant readAt = Instant.MIN;

  FlywayHealthIndicator(Flyway flyway, Clock clock) {
    this.flyway = flyway;
    this.clock = clock;
  }

  @Override
  public synchronized Health health() {
    Instant now = Instant.now(clock);
    if (last == null || !now.isBefore(readAt.plus(FRESH))) {
      last = read();
      readAt = now;
    }
    return last;
  }

  private Health read() {
    MigrationInfoService info = flyway.info();
    MigrationInfo current = info.current();
    long pending = info.pending().length;
    long failed =
        Arrays.stream(info.all()).filter(migration -> migration.getState().isFailed()).count();
    long missing =
        Arrays.stream(info.all())
            .filter(migration -> migration.getState() == MigrationState.IGNORED)
            .count();
    Health.Builder health =
        failed == 0 && pending == 0 && missing == 0 ? Health.up() : Health.down();
    return health
        .withDetail("version", current == null ? "none" : current.getVersion().getVersion())
        .withDetail("pending", pending)
        .withDetail("failed", failed)
        .withDetail("skipped", missing)
        .build();
  }
}
