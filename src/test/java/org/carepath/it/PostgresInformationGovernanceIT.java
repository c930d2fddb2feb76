package org.carepath.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Information governance on PostgreSQL, as production runs it: the same tests (the browser test
 * runs on the embedded default only), with the demo users switched on for the test.
 */
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "CAREPATH_ADMIN_PASSWORD=" + PostgresInformationGovernanceIT.ADMIN_PASSWORD,
      "carepath.demo.users-enabled=true"
    })
@ActiveProfiles("postgres")
@Import(InformationGovernanceIT.TestClock.class)
class PostgresInformationGovernanceIT extends InformationGovernanceIT {

  static final String ADMIN_PASSWORD = "a-long-test-password";
  private static final EmbeddedPostgres postgres = EmbeddedDatabase.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedDatabase.register(registry, postgres);
  }

  @Override
  String adminPassword() {
    return ADMIN_PASSWORD;
  }

  @Override
  boolean postgres() {
    return true;
  }

  /** Not a test here: the browser test runs on the embedded default. */
  @Override
  void breakGlassTheAccessLogAndItsCheckWorkInARealBrowser() {}
}
