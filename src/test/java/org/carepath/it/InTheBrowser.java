package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs a browser test (a script in src/test/e2e, Debian's headless Chromium driven by
 * playwright-core) against the running application and fails with its output when a step fails.
 */
final class InTheBrowser {

  static void run(String script, int port, java.util.Map<String, String> settings)
      throws Exception {
    File screenshots = new File("target/e2e");
    screenshots.mkdirs();
    ProcessBuilder node =
        new ProcessBuilder("node", new File("src/test/e2e", script).getPath())
            .redirectErrorStream(true);
    node.environment().put("BASE_URL", "http://localhost:" + port);
    node.environment().putAll(settings);
    node.environment().put("SCREENSHOTS", screenshots.getAbsolutePath());
    Process running = node.start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        System.out.println("[browser] " + line);
        output.append(line).append('\n');
      }
    }
    boolean ended = running.waitFor(4, TimeUnit.MINUTES);
    if (!ended) {
      running.destroyForcibly();
    }
    assertThat(ended && running.exitValue() == 0)
        .as("the browser test passes; it said:%n%s", output)
        .isTrue();
  }

  private InTheBrowser() {}
}
