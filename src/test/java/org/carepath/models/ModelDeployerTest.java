package org.carepath.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.carepath.models.ModelDeployer.ModelFile;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The models deploy as one unit; a broken file stops startup with a message naming it. */
class ModelDeployerTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private RepositoryService repositoryService;
  private ModelDeployer deployer;

  @BeforeEach
  void setUp() {
    repositoryService = engine.getRepositoryService();
    repositoryService
        .createDeploymentQuery()
        .list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    deployer = new ModelDeployer(repositoryService, new ObjectMapper());
  }

  @Test
  void theProjectModelsDeployAndOnlyChangesMakeNewVersions() throws IOException {
    List<ModelFile> models = projectModels();

    deployer.deploy(models);
    deployer.deploy(models);
    assertThat(pathwayVersions()).isEqualTo(1);

    deployer.deploy(
        edited(models, "forms/review.form", form -> form.replace("# Review", "# Case review")));
    assertThat(pathwayVersions()).isEqualTo(1);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(2);
  }

  @Test
  void aBpmnFileThatIsNotXmlIsNamed() throws IOException {
    List<ModelFile> models = projectModels();
    models.add(file("bpmn/broken-pathway.bpmn", "<bpmn:definitions"));

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOf(BrokenModelException.class)
        .hasMessageContaining("bpmn/broken-pathway.bpmn");
    assertThat(repositoryService.createDeploymentQuery().count()).isZero();
  }

  @Test
  void aProcessTheEngineCannotParseIsNamedWithItsProblem() throws IOException {
    List<ModelFile> models =
        edited(
            projectModels(),
            "bpmn/family-pathway.bpmn",
            bpmn -> bpmn.replace("targetRef=\"case-closed\"", "targetRef=\"nowhere\""));

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOf(BrokenModelException.class)
        .hasMessageContaining("family-pathway.bpmn");
  }

  @Test
  void aDecisionTableThatIsNotDmnIsNamed() throws IOException {
    List<ModelFile> models =
        edited(projectModels(), "dmn/staged-intervention-level.dmn", dmn -> "<definitions/>");

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOf(BrokenModelException.class)
        .hasMessageContaining("dmn/staged-intervention-level.dmn");
  }

  @Test
  void aFormWhoseIdDiffersFromItsFileNameIsNamed() throws IOException {
    List<ModelFile> models = projectModels();
    models.add(file("forms/extra.form", "{\"id\":\"other\",\"components\":[]}"));

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOf(BrokenModelException.class)
        .hasMessageContaining("forms/extra.form")
        .hasMessageContaining("\"id\"");
  }

  @Test
  void aRestartDoesNotPutTheJarsVersionBackOverADesignersChange() throws IOException {
    List<ModelFile> models = projectModels();
    deployer.deploy(models);
    deployer.deploy(
        edited(models, "dmn/lead-agency.dmn", dmn -> dmn + "<!-- the partnership's change -->"),
        ModelDeployments.SOURCE);

    deployer.deploy(models);

    assertThat(leadTableVersion()).isEqualTo(2);
    deployer.deploy(edited(models, "dmn/lead-agency.dmn", dmn -> dmn + "<!-- a release -->"));
    assertThat(leadTableVersion()).isEqualTo(3);
  }

  private int leadTableVersion() {
    return repositoryService
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey("lead-agency")
        .latestVersion()
        .singleResult()
        .getVersion();
  }

  private long pathwayVersions() {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey("family-pathway")
        .count();
  }

  private static ModelFile file(String name, String content) {
    return new ModelFile(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** The models with one file's text changed. */
  private static List<ModelFile> edited(
      List<ModelFile> models, String name, java.util.function.UnaryOperator<String> edit) {
    List<ModelFile> changed = new ArrayList<>(models);
    changed.replaceAll(
        model ->
            model.name().equals(name)
                ? file(name, edit.apply(new String(model.content(), StandardCharsets.UTF_8)))
                : model);
    return changed;
  }

  /** The top-level model folders, as the jar carries them (Modeler's own folder left out). */
  private static List<ModelFile> projectModels() throws IOException {
    List<ModelFile> files = new ArrayList<>();
    for (String folder : List.of("bpmn", "dmn", "forms")) {
      try (var paths = Files.list(Path.of(folder))) {
        for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
          files.add(new ModelFile(folder + "/" + path.getFileName(), Files.readAllBytes(path)));
        }
      }
    }
    return files;
  }
}
