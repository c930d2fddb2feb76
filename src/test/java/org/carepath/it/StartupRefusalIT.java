package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carepath.CarepathApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production settings that would leave carepath open are refused before anything starts. */
class StartupRefusalIT {

  @Test
  void thePostgresProfileRefusesToStartWithoutAnAdminPassword() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(CarepathApplication.class)
                    .profiles("postgres")
                    .run("--server.port=0", "--CAREPATH_DB_URL=jdbc:postgresql://127.0.0.1:1/none")
                    .close())
        .hasStackTraceContaining("CAREPATH_ADMIN_PASSWORD");
  }

  @Test
  void aShortAdminPasswordIsRefused() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(CarepathApplication.class)
                    .profiles("postgres")
                    .run(
                        "--server.port=0",
                        "--CAREPATH_ADMIN_PASSWORD=short",
                        "--CAREPATH_DB_URL=jdbc:postgresql://127.0.0.1:1/none")
                    .close())
        .hasStackTraceContaining("too short");
  }
}
