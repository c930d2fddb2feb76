package org.carepath.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/}, {@code dmn/} and {@code forms/} as one deployment named {@value
 * #DEPLOYMENT_NAME}. Only resources that changed since the last deployment are deployed, so an
 * unchanged model keeps its version. Each file is checked first, so a broken one stops startup with
 * a message naming it, and the whole deployment passes the {@link ModelCheck}s (through {@link
 * CheckedDeployments}, as every other deployment does).
 */
@Component
public class ModelDeployer implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

  public static final String DEPLOYMENT_NAME = "carepath";

  /** A model file: the name it is deployed under (e.g. {@code bpmn/family-pathway.bpmn}). */
  public record ModelFile(String name, byte[] content) {}

  private final RepositoryService repositoryService;
  private final ObjectMapper json;
  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  ModelDeployer(RepositoryService repositoryService, ObjectMapper json) {
    this.repositoryService = repositoryService;
    this.json = json;
  }

  /** At startup, before the web server takes requests. */
  @Override
  public void afterSingletonsInstantiated() {
    deploy();
  }

  /** Deploys the models on the classpath (the jar carries the top-level folders). */
  public DeploymentWithDefinitions deploy() {
    return deploy(classpathModels());
  }

  public DeploymentWithDefinitions deploy(List<ModelFile> files) {
    return deploy(files, DEPLOYMENT_NAME);
  }

  /**
   * @param source who deploys: the application at startup, or the service designers. The engine
   *     compares each file with the latest of the same source, so a restart does not put the jar's
   *     version back over a designer's change, while a release that changes a model still deploys.
   */
  public DeploymentWithDefinitions deploy(List<ModelFile> files, String source) {
    files.forEach(this::check);
    DeploymentBuilder deployment =
        repositoryService
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(source)
            .enableDuplicateFiltering(true);
    files.forEach(
        file -> deployment.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
    DeploymentWithDefinitions result;
    try {
      result = deployment.deployWithResult();
    } catch (ParseException parse) {
      String problems =
          parse.getResorceReports().stream()
              .map(ModelDeployer::describe)
              .filter(text -> !text.isEmpty())
              .collect(Collectors.joining("; "));
      throw new BrokenModelException("Broken model: " + problems, parse);
    } catch (RuntimeException engine) {
      // The engine's message names the resource (e.g. "Unable to transform DMN resource
      // 'dmn/x.dmn'"); the root cause says what is wrong with it.
      throw new BrokenModelException("Broken model: " + firstLine(engine), engine);
    }
    log.info("Deployed models: {}", describe(result));
    return result;
  }

  List<ModelFile> classpathModels() {
    List<ModelFile> files = new ArrayList<>();
    for (String pattern :
        List.of("classpath*:bpmn/*.bpmn", "classpath*:dmn/*.dmn", "classpath*:forms/*.form")) {
      try {
        Resource[] resources = resolver.getResources(pattern);
        for (Resource resource : resources) {
          String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
          try (InputStream in = resource.getInputStream()) {
            files.add(new ModelFile(folder + "/" + resource.getFilename(), in.readAllBytes()));
          }
        }
      } catch (IOException e) {
        throw new BrokenModelException("Cannot read models " + pattern + ": " + e.getMessage(), e);
      }
    }
    files.sort(Comparator.comparing(ModelFile::name));
    if (files.isEmpty()) {
      throw new BrokenModelException("No models found under bpmn/, dmn/ or forms/", null);
    }
    return files;
  }

  private void check(ModelFile file) {
    String name = file.name();
    String baseName = name.substring(name.lastIndexOf('/') + 1, name.lastIndexOf('.'));
    try {
      if (name.endsWith(".bpmn")) {
        BpmnModelInstance model =
            Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        boolean named =
            model.getModelElementsByType(Process.class).stream()
                .anyMatch(process -> process.getId().equals(baseName));
        if (!named) {
          throw new IllegalArgumentException(
              "it holds no process with the id '" + baseName + "' (file name = process id)");
        }
      } else if (name.endsWith(".dmn")) {
        Dmn.readModelFromStream(new ByteArrayInputStream(file.content()));
      } else if (name.endsWith(".form")) {
        JsonNode form = json.readTree(file.content());
        if (!form.path("id").asText().equals(baseName)) {
          throw new IllegalArgumentException(
              "its \"id\" must be '" + baseName + "' (file name = form id)");
        }
        if (!form.path("components").isArray()) {
          throw new IllegalArgumentException("it has no \"components\" array");
        }
      }
    } catch (Exception problem) {
      throw new BrokenModelException(
          "Broken model file " + name + ": " + firstLine(problem), problem);
    }
  }

  private static String firstLine(Throwable problem) {
    Throwable deepest = problem;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = problem.getMessage() == null ? problem.toString() : problem.getMessage();
    return deepest == problem || deepest.getMessage() == null
        ? message
        : message + " (" + deepest.getMessage() + ")";
  }

  private static String describe(ResourceReport report) {
    if (report.getErrors().isEmpty()) {
      return "";
    }
    return report.getResourceName()
        + ": "
        + report.getErrors().stream()
            .map(problem -> problem.getMessage() + " (line " + problem.getLine() + ")")
            .collect(Collectors.joining(", "));
  }

  private static String describe(DeploymentWithDefinitions deployment) {
    return "deployment "
        + deployment.getId()
        + " with "
        + count(deployment.getDeployedProcessDefinitions())
        + " new process versions and "
        + count(deployment.getDeployedDecisionDefinitions())
        + " new decision versions";
  }

  private static int count(List<?> definitions) {
    return definitions == null ? 0 : definitions.size();
  }
}
