package org.carepath.testing;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The in-memory engine of the plain process tests. */
public final class ProcessTests {

  /**
   * Configured by {@code process-test.cfg.xml}, not camunda.cfg.xml: the engine REST API of the
   * Spring tests would find and start a camunda.cfg.xml too.
   */
  public static ProcessEngineExtension engine() {
    return ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();
  }

  private ProcessTests() {}
}
