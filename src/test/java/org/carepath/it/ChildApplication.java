package org.carepath.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.carepath.CarepathApplication;

/**
 * The application in a JVM of its own, on the embedded default, so a test can kill it as a crash
 * would (SIGKILL: no shutdown hook, no flush) and start it again on the same database file.
 */
final class ChildApplication implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(180);

  private final Process process;
  private final int port;

  private ChildApplication(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts the application with these extra arguments (e.g. {@code --carepath.data-dir=...}) and
   * waits until it answers HTTP; its output goes to {@code log}.
   */
  static ChildApplication start(Path log, String... arguments) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CarepathApplication.class.getName());
    command.add("--server.port=" + port);
    command.add("--logging.level.root=WARN");
    command.addAll(List.of(arguments));
    Files.createDirectories(log.getParent());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    ChildApplication child = new ChildApplication(process, port);
    child.awaitAnswer(log);
    return child;
  }

  /**
   * Starts the application as production runs it (the {@code postgres} profile, with the demo users
   * for the tests) on this database; the administrator's password is {@link #ADMIN_PASSWORD}.
   */
  static ChildApplication onPostgres(Path log, String jdbcUrl, String... extra) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=postgres,demo",
                "--CAREPATH_DB_URL=" + jdbcUrl,
                "--CAREPATH_DB_USER=postgres",
                "--CAREPATH_DB_PASSWORD=",
                "--CAREPATH_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--CAREPATH_SECURE_COOKIES=false",
                "--logging.level.org.carepath.operations=INFO"));
    arguments.addAll(List.of(extra));
    try {
      return start(log, arguments.toArray(String[]::new));
    } catch (Exception e) {
      throw new IllegalStateException("The application did not start; see " + log, e);
    }
  }

  static final String ADMIN_PASSWORD = "a-long-child-application-password";

  int port() {
    return port;
  }

  /** As a crash: SIGKILL, nothing is flushed or closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private void awaitAnswer(Path log) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped during startup; see " + log);
      }
      try {
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases")).build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    kill();
    throw new IllegalStateException("The application did not answer within " + STARTUP);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Path folder(String name) {
    return new File("target/" + name + "/" + java.util.UUID.randomUUID()).toPath().toAbsolutePath();
  }
}
