package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.CarepathApplication;
import org.carepath.pathway.FamilyPathway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

/** A case on the embedded default's H2 file survives the application stopping and starting. */
class RestartIT {

  private static final String DATABASE =
      "jdbc:h2:file:./target/restart-h2/"
          + java.util.UUID.randomUUID()
          + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";

  @Test
  void aCaseSurvivesARestart() {
    String id;
    Map<String, Object> before;
    try (ConfigurableApplicationContext first = start()) {
      Api hana = Api.as(port(first), "hana");
      id = FullRunScenario.referredWithConsent(hana, "given", "agreed");
      before = Api.map(hana.get("/api/cases/" + id));
    }

    try (ConfigurableApplicationContext second = start()) {
      Api hana = Api.as(port(second), "hana");
      var after = hana.get("/api/cases/" + id);
      assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(Api.map(after))
          .containsEntry("id", id)
          .containsEntry("consent", before.get("consent"))
          .containsEntry("children", before.get("children"));
      assertThat(FullRunScenario.openTask(hana, id, "Assess family")).isNotNull();
      assertThat(
              second
                  .getBean(RuntimeService.class)
                  .createProcessInstanceQuery()
                  .processDefinitionKey(FamilyPathway.KEY)
                  .processInstanceBusinessKey(id)
                  .count())
          .isEqualTo(1);
    }
  }

  private static ConfigurableApplicationContext start() {
    // Command-line arguments: they win over application.yml, as an operator's would.
    return new SpringApplicationBuilder(CarepathApplication.class)
        .run("--server.port=0", "--spring.datasource.url=" + DATABASE);
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
