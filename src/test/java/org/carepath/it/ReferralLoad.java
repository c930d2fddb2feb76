package org.carepath.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Referrals from several clients at once, as health visiting, until stopped or the application
 * stops answering; keeps the reference of every referral answered 201.
 */
final class ReferralLoad implements AutoCloseable {

  private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final ExecutorService clients;

  private ReferralLoad(int port, int clientCount) {
    clients = Executors.newFixedThreadPool(clientCount);
    for (int i = 0; i < clientCount; i++) {
      clients.submit(() -> refer(port));
    }
  }

  static ReferralLoad start(int port, int clients) {
    return new ReferralLoad(port, clients);
  }

  /** Waits until at least {@code count} referrals have been answered 201, or the timeout. */
  ReferralLoad awaitAcknowledged(int count, long timeoutSeconds) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (acknowledged.size() < count && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    return this;
  }

  List<String> acknowledged() {
    return List.copyOf(acknowledged);
  }

  @Override
  public void close() throws InterruptedException {
    stopped.set(true);
    clients.shutdown();
    if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Referral clients did not stop");
    }
  }

  private void refer(int port) {
    Api hana = Api.as(port, "hana");
    while (!stopped.get()) {
      ResponseEntity<Object> created;
      try {
        created = hana.post("/api/cases", Referrals.motherUsingHeroin("health-visiting"));
      } catch (RuntimeException applicationGone) {
        return;
      }
      if (created.getStatusCode() == HttpStatus.CREATED) {
        acknowledged.add((String) ((Map<?, ?>) created.getBody()).get("id"));
      }
    }
  }
}
