package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RepositoryService;
import org.carepath.models.BrokenModelException;
import org.carepath.models.ModelDeployer;
import org.carepath.models.ModelDeployer.ModelFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The service designer's loop over HTTP: every deployment is checked however it arrives, and a
 * refused one leaves the deployed versions as they were. Its own context: it deploys new versions.
 */
// The engine registers itself by name ("default") for its REST API: one live context at a time.
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:file:./target/it-h2/${random.uuid};DB_CLOSE_ON_EXIT=FALSE")
class ModelDeploymentIT {

  static final String MODELER = "/engine-rest/deployment/create";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired ModelDeployer modelDeployer;

  /** A broken copy of a shipped model, and where its refusal must point. */
  record Broken(String file, UnaryOperator<String> edit, String field, String says) {}

  static final List<Broken> BROKEN =
      List.of(
          new Broken(
              "dmn/staged-intervention-level.dmn",
              dmn -> dmn.replace("name=\"level\"", "name=\"stage\""),
              "staged-intervention-level.dmn output level",
              "the pathway reads this output"),
          new Broken(
              "bpmn/family-pathway.bpmn",
              bpmn -> bpmn.replace("\"review-case\"", "\"review-the-case\""),
              "family-pathway.bpmn review-case",
              "keep its id"),
          new Broken(
              "bpmn/finding-follow-up.bpmn",
              bpmn -> bpmn.replace(" camunda:dueDate=\"${followUpDue}\"", ""),
              "finding-follow-up.bpmn act-on-finding",
              "has no due date"),
          new Broken(
              "bpmn/family-pathway.bpmn",
              bpmn -> bpmn.replace("camunda:formRef=\"review\"", "camunda:formRef=\"case-review\""),
              "family-pathway.bpmn review-case",
              "'case-review', which is not deployed"));

  @Test
  void aBrokenCopyOfARealModelDeployedFromModelerIsRefusedNamingFileAndElement()
      throws IOException {
    Api dee = Api.as(port, "dee");
    for (Broken broken : BROKEN) {
      long deployments = repositoryService.createDeploymentQuery().count();
      String bare = broken.file().substring(broken.file().indexOf('/') + 1);

      ResponseEntity<Object> answer = fromModeler(dee, bare, broken.edit().apply(shipped(broken)));

      assertThat(answer.getStatusCode()).as(broken.field()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(Api.map(answer))
          .containsEntry("type", "urn:carepath:problem:model-refused")
          .containsEntry("detail", "The models cannot be deployed.");
      assertThat(Api.list(Api.map(answer).get("errors")))
          .as(broken.field())
          .anySatisfy(
              error -> {
                assertThat(error.get("field")).isEqualTo(broken.field());
                assertThat((String) error.get("message")).contains(broken.says());
              });
      assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }
  }

  @Test
  void theRenamedOutputOfTheIssueNoLongerBecomesTheLiveTable() throws IOException {
    int before = levelTableVersion();
    Broken renamed = BROKEN.get(0);

    fromModeler(
        Api.as(port, "dee"),
        "staged-intervention-level.dmn",
        renamed.edit().apply(shipped(renamed)));

    assertThat(levelTableVersion()).isEqualTo(before);
  }

  @Test
  void aSoundChangeDeploysFromModeler() throws IOException {
    int before = levelTableVersion();
    String changed =
        shipped("dmn/staged-intervention-level.dmn")
            .replace("</definitions>", "<!-- reviewed by the partnership --></definitions>");

    ResponseEntity<Object> answer =
        fromModeler(Api.as(port, "dee"), "staged-intervention-level.dmn", changed);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(levelTableVersion()).isEqualTo(before + 1);
  }

  @Test
  void onlyServiceDesignersMayDeploy() throws IOException {
    String changed =
        shipped("dmn/lead-agency.dmn").replace("</definitions>", "<!-- x --></definitions>");
    for (String user : List.of("max", "sam", "admin")) {
      ResponseEntity<Object> answer = fromModeler(Api.as(port, user), "lead-agency.dmn", changed);
      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void atStartupABrokenModelStopsTheDeploymentNamingFileAndElement() throws IOException {
    Broken noDueDate = BROKEN.get(2);
    List<ModelFile> files =
        List.of(
            new ModelFile(
                noDueDate.file(),
                noDueDate.edit().apply(shipped(noDueDate)).getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> modelDeployer.deploy(files))
        .isInstanceOf(BrokenModelException.class)
        .hasMessageContaining("bpmn/finding-follow-up.bpmn act-on-finding")
        .hasMessageContaining("has no due date");
  }

  private int levelTableVersion() {
    return repositoryService
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey("staged-intervention-level")
        .latestVersion()
        .singleResult()
        .getVersion();
  }

  static String shipped(Broken broken) throws IOException {
    return shipped(broken.file());
  }

  static String shipped(String file) throws IOException {
    return Files.readString(Path.of(file));
  }

  /** As Camunda Modeler's "Deploy" sends it. */
  static ResponseEntity<Object> fromModeler(Api user, String fileName, String content) {
    return user.upload(
        MODELER,
        Map.of(
            "deployment-name", "from Modeler",
            "deploy-changed-only", "true",
            "deployment-source", "Camunda Modeler"),
        Map.of(fileName, content.getBytes(StandardCharsets.UTF_8)));
  }
}
