package org.carepath.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code postgres} profile without an administrator password, before anything
 * touches the database: carepath has no default password outside the demo profile.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor {

  static final String ADMIN_PASSWORD = "CAREPATH_ADMIN_PASSWORD";
  static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    String password = environment.getProperty(ADMIN_PASSWORD, "");
    if (environment.acceptsProfiles(Profiles.of("postgres")) && password.isBlank()) {
      throw new IllegalStateException(
          "The postgres profile needs "
              + ADMIN_PASSWORD
              + ": the password of the 'admin' user"
              + " (group camunda-admin) created at first start. carepath has no default password.");
    }
    if (!password.isBlank() && password.length() < MIN_ADMIN_PASSWORD_LENGTH) {
      throw new IllegalStateException(
          ADMIN_PASSWORD
              + " is too short: use at least "
              + MIN_ADMIN_PASSWORD_LENGTH
              + " characters.");
    }
  }
}
