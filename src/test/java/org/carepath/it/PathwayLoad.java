package org.carepath.it;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Clients driving families through the first steps of the pathway over several nodes, as behind a
 * load balancer: each request goes to the next node in turn, and a node that stops answering is
 * left out from then on. Each case goes referral, consent, assessment, then its level confirmed at
 * Level 1 (which leaves it waiting for its review). What each case reached is kept only when the
 * node answered success: an acknowledged write.
 */
final class PathwayLoad implements AutoCloseable {

  /** The steps, in order; a case's progress is the index of the last one acknowledged. */
  static final List<String> STEPS = List.of("referred", "consented", "assessed", "confirmed");

  /** The user task each step completes (none for the referral). */
  static final List<String> TASKS = List.of("", "record-consent", "assess-family", "confirm-level");

  private final int[] ports;
  private final Set<Integer> dead = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> progress = new ConcurrentHashMap<>();
  private final AtomicInteger turn = new AtomicInteger();
  private final AtomicInteger completions = new AtomicInteger();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final ExecutorService clients;

  private PathwayLoad(int clientCount, int... ports) {
    this.ports = ports;
    clients = Executors.newFixedThreadPool(clientCount);
    for (int i = 0; i < clientCount; i++) {
      clients.submit(this::run);
    }
  }

  static PathwayLoad start(int clients, int... ports) {
    return new PathwayLoad(clients, ports);
  }

  /** Waits until this many cases have reached their confirmed level, or the timeout. */
  PathwayLoad awaitConfirmed(int count, long timeoutSeconds) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (confirmed().size() < count && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    return this;
  }

  /** Acknowledged progress: case reference → index into {@link #STEPS}. */
  Map<String, Integer> progress() {
    return Map.copyOf(progress);
  }

  List<String> confirmed() {
    return progress.entrySet().stream()
        .filter(e -> e.getValue() == STEPS.size() - 1)
        .map(Map.Entry::getKey)
        .toList();
  }

  int referrals() {
    return progress.size();
  }

  int completions() {
    return completions.get();
  }

  @Override
  public void close() throws InterruptedException {
    stopped.set(true);
    clients.shutdown();
    if (!clients.awaitTermination(120, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Pathway clients did not stop");
    }
  }

  private void run() {
    while (!stopped.get()) {
      String id = refer();
      if (id == null) {
        continue;
      }
      for (int step = 1; step < STEPS.size() && !stopped.get(); step++) {
        if (!complete(id, step)) {
          break;
        }
        progress.put(id, step);
        completions.incrementAndGet();
      }
    }
  }

  private String refer() {
    ResponseEntity<Object> created =
        send(api -> api.post("/api/cases", Referrals.motherUsingHeroin("health-visiting")));
    if (created == null || created.getStatusCode() != HttpStatus.CREATED) {
      return null;
    }
    String id = (String) Api.map(created).get("id");
    progress.put(id, 0);
    return id;
  }

  private boolean complete(String id, int step) {
    ResponseEntity<Object> tasks =
        send(
            api ->
                api.get(
                    "/engine-rest/task?processInstanceBusinessKey="
                        + id
                        + "&taskDefinitionKey="
                        + TASKS.get(step)));
    if (tasks == null || tasks.getStatusCode() != HttpStatus.OK || Api.list(tasks).size() != 1) {
      return false;
    }
    String taskId = (String) Api.list(tasks).get(0).get("id");
    ResponseEntity<Object> done =
        send(
            api ->
                api.post(
                    "/engine-rest/task/" + taskId + "/submit-form", Api.variables(values(step))));
    return done != null && done.getStatusCode() == HttpStatus.NO_CONTENT;
  }

  private static Map<String, Object> values(int step) {
    return switch (step) {
      case 1 -> Map.of("consentBasis", "given", "consentReason", "Mother agreed");
      case 2 -> FullRunScenario.assessment("stable-treatment", List.of(), List.of(), true);
      default -> Map.of("levelDecision", "confirm", "noImpactReason", "Stable on her script");
    };
  }

  /**
   * One request to the next live node; null when it fails there (the node died while answering:
   * whether the write happened is unknown, so it is not counted as acknowledged).
   */
  private ResponseEntity<Object> send(
      java.util.function.Function<Api, ResponseEntity<Object>> call) {
    for (int attempt = 0; attempt < ports.length; attempt++) {
      int port = ports[Math.floorMod(turn.getAndIncrement(), ports.length)];
      if (dead.contains(port)) {
        continue;
      }
      try {
        return call.apply(Api.as(port, "hana"));
      } catch (RuntimeException gone) {
        dead.add(port);
        return null;
      }
    }
    return null;
  }
}
