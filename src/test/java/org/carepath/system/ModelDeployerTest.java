package org.carepath.system;

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
import org.carepath.system.ModelDeployer.ModelFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The models deploy as one unit; a broken file stops startup with a message naming it. */
class ModelDeployerTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

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

    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("family-pathway")
                .count())
        .isEqualTo(1);
    List<ModelFile> changed = new ArrayList<>(models);
    changed.replaceAll(
        file ->
            file.name().equals("forms/review.form")
                ? new ModelFile(
                    file.name(),
                    new String(file.content(), StandardCharsets.UTF_8)
                        .replace("# Review", "# Case review")
                        .getBytes(StandardCharsets.UTF_8))
                : file);
    deployer.deploy(changed);
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("family-pathway")
                .count())
        .isEqualTo(1);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(2);
  }

  @Test
  void aBpmnFileThatIsNotXmlIsNamed() throws IOException {
    List<ModelFile> models = projectModels();
    models.add(
        new ModelFile(
            "bpmn/broken-pathway.bpmn", "<bpmn:definitions".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOf(BrokenModelException.class)
        .hasMessageContaining("bpmn/broken-pathway.bpmn");
    assertThat(repositoryService.createDeploymentQuery().count()).isZero();
  }

  @Test
  void aProcessTheEngineCannotParseIsNamedWithItsProblem() throws IOException {
    List<ModelFile> models = projectModels();
    String pathway = text(models, "bpmn/family-pathway.bpmn");
    models.replaceAll(
        file ->
            file.name().equals("bpmn/family-pathway.bpmn")
                ? new ModelFile(
                    file.name(),
                    pathway
                        .replace("targetRef=\"case-closed\"", "targetRef=\"nowhere\"")
                        .getBytes(StandardCharsets.UTF_8))
                : file);

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOf(BrokenModelException.class)
        .hasMessageContaining("family-pathway.bpmn");
  }

  @Test
  void aDecisionTableThatIsNotDmnIsNamed() throws IOException {
    List<ModelFile> models = projectModels();
    models.replaceAll(
        file ->
            file.name().endsWith(".dmn")
                ? new ModelFile(file.name(), "<definitions/>".getBytes(StandardCharsets.UTF_8))
                : file);

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOf(BrokenModelException.class)
        .hasMessageContaining("dmn/staged-intervention-level.dmn");
  }

  @Test
  void aFormWhoseIdDiffersFromItsFileNameIsNamed() throws IOException {
    List<ModelFile> models = projectModels();
    models.add(
        new ModelFile(
            "forms/extra.form",
            "{\"id\":\"other\",\"components\":[]}".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOf(BrokenModelException.class)
        .hasMessageContaining("forms/extra.form")
        .hasMessageContaining("\"id\"");
  }

  private static String text(List<ModelFile> models, String name) {
    return models.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .map(f -> new String(f.content(), StandardCharsets.UTF_8))
        .orElseThrow();
  }

  /** The top-level model folders, as the jar carries them. */
  private static List<ModelFile> projectModels() throws IOException {
    List<ModelFile> files = new ArrayList<>();
    for (String folder : List.of("bpmn", "dmn", "forms")) {
      try (var paths = Files.list(Path.of(folder))) {
        for (Path path : paths.sorted().toList()) {
          files.add(new ModelFile(folder + "/" + path.getFileName(), Files.readAllBytes(path)));
        }
      }
    }
    return files;
  }
}
