package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * An acknowledged referral survives the JVM being killed: a burst of referrals, kill -9 in the
 * middle of it, a restart on the same H2 file, and every case answered 201 is there, waiting for
 * its consent to be recorded.
 */
class CrashIT {

  static final int CLIENTS = 4;
  static final int KILL_AFTER = 120;

  @Test
  void everyAcknowledgedReferralSurvivesAKill() throws Exception {
    Path data = ChildApplication.folder("crash-h2");
    List<String> acknowledged = referThenKill(data, "--carepath.data-dir=" + data);
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER);

    try (ChildApplication restarted =
        ChildApplication.start(data.resolve("application.log"), "--carepath.data-dir=" + data)) {
      assertThat(lost(restarted.port(), acknowledged))
          .as("acknowledged referrals lost of %s", acknowledged.size())
          .isEmpty();
      assertThat(waitingForConsent(restarted.port())).containsAll(acknowledged);
      // The work list's kept total came through the kill with the rows it counts: it answers
      // what the engine counts of hana's tasks (read until a timer firing between them settles).
      Api hana = Api.as(restarted.port(), "hana");
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(
                          ((Number) Api.map(hana.get("/api/work?size=1")).get("total")).longValue())
                      .isEqualTo(
                          ((Number) Api.map(hana.get("/engine-rest/task/count")).get("count"))
                              .longValue()));
    }
  }

  /** Starts the application with these arguments, refers with several clients, kills it. */
  static List<String> referThenKill(Path data, String... arguments) throws Exception {
    try (ChildApplication first =
        ChildApplication.start(data.resolve("application.log"), arguments)) {
      ReferralLoad load = ReferralLoad.start(first.port(), CLIENTS);
      load.awaitAcknowledged(KILL_AFTER, 120);
      first.kill();
      load.close();
      return load.acknowledged();
    }
  }

  /** The acknowledged referrals the restarted application does not know. */
  static List<String> lost(int port, List<String> acknowledged) {
    Api hana = Api.as(port, "hana");
    return acknowledged.stream()
        .filter(id -> hana.get("/api/cases/" + id).getStatusCode() != HttpStatus.OK)
        .toList();
  }

  /** Case references of the pathways waiting at "Record information-sharing consent". */
  private static Set<String> waitingForConsent(int port) {
    return Api.list(
            Api.as(port, "hana")
                .get("/engine-rest/task?taskDefinitionKey=record-consent&maxResults=100000"))
        .stream()
        .map(task -> (String) task.get("name"))
        .map(name -> name.substring(name.lastIndexOf(' ') + 1))
        .collect(Collectors.toSet());
  }
}
