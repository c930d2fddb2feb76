package org.carepath.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.carepath.models.ModelDeployer.ModelFile;
import org.carepath.models.PastDecisions.Period;
import org.carepath.models.RunningInstances.Move;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service designers' deployments: the files pass the same checks as every deployment, each
 * changed decision table is replayed first (the what-if figures are kept with the record), running
 * instances of each changed process move to the new version, and who deployed what, when and why is
 * recorded in the same transaction as the deployment.
 */
@Component
public class ModelDeployments {

  /** The engine's deployment source for a designer's deployment. */
  static final String SOURCE = "service-designer";

  /** A version the deployment made. */
  public record NewVersion(String kind, String key, String name, int version) {}

  /** The what-if figures of one table, as kept with the deployment. */
  public record WhatIfSeen(String reportId, String decision, int replayed, int changed) {}

  /** One deployment, as recorded. */
  public record Deployed(
      long id,
      String deploymentId,
      String deployedBy,
      Instant deployedAt,
      String reason,
      List<String> files,
      List<NewVersion> newVersions,
      List<WhatIfSeen> whatIf,
      List<Move> migrations) {}

  /** A version of a model, with the record of the deployment that made it. */
  public record Version(
      int version,
      String deploymentId,
      Instant deployedAt,
      String source,
      String deployedBy,
      String reason,
      Long runningInstances) {}

  /** A deployed model and its versions, newest first. */
  public record Model(String kind, String key, String name, String file, List<Version> versions) {}

  /** A deployment's move of running instances, with how far its batch has got. */
  public record MoveProgress(Move move, boolean finished, int remaining, int failed) {}

  private final ModelDeployer deployer;
  private final WhatIf whatIf;
  private final RunningInstances runningInstances;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final CurrentUser currentUser;
  private final Clock clock;

  ModelDeployments(
      ModelDeployer deployer,
      WhatIf whatIf,
      RunningInstances runningInstances,
      RepositoryService repositoryService,
      RuntimeService runtimeService,
      ManagementService managementService,
      JdbcClient jdbc,
      ObjectMapper json,
      CurrentUser currentUser,
      Clock clock) {
    this.deployer = deployer;
    this.whatIf = whatIf;
    this.runningInstances = runningInstances;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.jdbc = jdbc;
    this.json = json;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Transactional
  public Deployed deploy(List<ModelFile> uploaded, String reason) {
    requireMayDeploy(uploaded.stream().map(ModelFile::name).toList());
    List<FieldProblem> problems = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      problems.add(
          new FieldProblem("reason", "say why the models change (the partnership's decision)"));
    }
    if (uploaded.isEmpty()) {
      problems.add(new FieldProblem("files", "send at least one .bpmn, .dmn or .form file"));
    }
    List<ModelFile> files = new ArrayList<>();
    for (ModelFile file : uploaded) {
      String folder = folder(file.name());
      if (folder == null) {
        problems.add(
            new FieldProblem(file.name(), "is not a model: send .bpmn, .dmn or .form files"));
      } else {
        String bare = file.name().substring(file.name().lastIndexOf('/') + 1);
        files.add(new ModelFile(folder + "/" + bare, file.content()));
      }
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    List<WhatIfSeen> seen = new ArrayList<>();
    for (ModelFile file : files) {
      if (file.name().endsWith(".dmn")) {
        whatIf
            .run(file, new Period(null, null))
            .forEach(
                report ->
                    seen.add(
                        new WhatIfSeen(
                            report.id(), report.decision(), report.replayed(), report.changed())));
      }
    }
    DeploymentWithDefinitions deployment = deployed(files);
    List<NewVersion> versions = new ArrayList<>();
    List<Move> moves = new ArrayList<>();
    for (ProcessDefinition process : orEmpty(deployment.getDeployedProcessDefinitions())) {
      versions.add(
          new NewVersion("process", process.getKey(), process.getName(), process.getVersion()));
      moves.addAll(runningInstances.moveTo(process));
    }
    for (DecisionDefinition decision : orEmpty(deployment.getDeployedDecisionDefinitions())) {
      versions.add(
          new NewVersion("decision", decision.getKey(), decision.getName(), decision.getVersion()));
    }
    Instant now = clock.instant();
    List<String> names = files.stream().map(ModelFile::name).toList();
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            """
                insert into carepath.model_deployment
                    (deployment_id, deployed_by, deployed_at, reason, files, what_if, migration)
                values (:deployment, :by, :at, :reason, :files, :whatIf, :migration)
                """)
        .param("deployment", deployment.getId())
        .param("by", currentUser.userId())
        .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .param("reason", reason.strip())
        .param("files", String.join(", ", names))
        .param("whatIf", write(seen))
        .param("migration", write(moves))
        .update(key, "id");
    long id = key.getKey().longValue();
    return new Deployed(
        id,
        deployment.getId(),
        currentUser.userId(),
        now,
        reason.strip(),
        names,
        versions,
        seen,
        moves);
  }

  /** Deploys again, through the same checks, the version of a model a deployment made earlier. */
  @Transactional
  public Deployed redeploy(String key, int version, String reason) {
    requireMayDeploy(List.of(key + ".dmn"));
    ModelFile earlier =
        currentUser.asSystem(
            () -> {
              ProcessDefinition process =
                  repositoryService
                      .createProcessDefinitionQuery()
                      .processDefinitionKey(key)
                      .processDefinitionVersion(version)
                      .singleResult();
              if (process != null) {
                return resource(process.getDeploymentId(), process.getResourceName());
              }
              DecisionDefinition decision =
                  repositoryService
                      .createDecisionDefinitionQuery()
                      .decisionDefinitionKey(key)
                      .decisionDefinitionVersion(version)
                      .singleResult();
              if (decision != null) {
                return resource(decision.getDeploymentId(), decision.getResourceName());
              }
              return jdbc.sql(
                      "select deployment_id_, resource_name_ from act_re_camformdef"
                          + " where key_ = :key and version_ = :version")
                  .param("key", key)
                  .param("version", version)
                  .query((row, n) -> resource(row.getString(1), row.getString(2)))
                  .optional()
                  .orElse(null);
            });
    if (earlier == null) {
      throw ApiProblem.notFound(
          "model-version-not-found", "There is no version " + version + " of '" + key + "'.");
    }
    return deploy(List.of(earlier), reason);
  }

  /** Every deployed model with its versions and the record of who deployed each. */
  @Transactional(readOnly = true)
  public List<Model> models() {
    currentUser.requireDesignerOrManager("The deployed models");
    Map<String, Recorded> records = new HashMap<>();
    jdbc.sql("select deployment_id, deployed_by, reason from carepath.model_deployment")
        .query(
            (row, n) ->
                records.put(
                    row.getString(1) == null ? "" : row.getString(1),
                    new Recorded(row.getString(2), row.getString(3))))
        .list();
    return currentUser.asSystem(
        () -> {
          Map<String, Deployment> deployments = new HashMap<>();
          repositoryService
              .createDeploymentQuery()
              .list()
              .forEach(deployment -> deployments.put(deployment.getId(), deployment));
          Map<String, Model> models = new LinkedHashMap<>();
          for (ProcessDefinition process :
              repositoryService
                  .createProcessDefinitionQuery()
                  .orderByProcessDefinitionKey()
                  .asc()
                  .orderByProcessDefinitionVersion()
                  .desc()
                  .list()) {
            add(
                models,
                "process",
                process.getKey(),
                process.getName(),
                process.getResourceName(),
                version(
                    process.getVersion(),
                    process.getDeploymentId(),
                    deployments,
                    records,
                    runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionId(process.getId())
                        .count()));
          }
          for (DecisionDefinition decision :
              repositoryService
                  .createDecisionDefinitionQuery()
                  .orderByDecisionDefinitionKey()
                  .asc()
                  .orderByDecisionDefinitionVersion()
                  .desc()
                  .list()) {
            add(
                models,
                "decision",
                decision.getKey(),
                decision.getName(),
                decision.getResourceName(),
                version(
                    decision.getVersion(), decision.getDeploymentId(), deployments, records, null));
          }
          jdbc.sql(
                  "select key_, version_, deployment_id_, resource_name_ from act_re_camformdef"
                      + " order by key_, version_ desc")
              .query(
                  (row, n) -> {
                    add(
                        models,
                        "form",
                        row.getString(1),
                        row.getString(1),
                        row.getString(4),
                        version(row.getInt(2), row.getString(3), deployments, records, null));
                    return null;
                  })
              .list();
          return List.copyOf(models.values());
        });
  }

  /** The designers' deployments, newest first, with how far each move of instances has got. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> deployments() {
    currentUser.requireDesignerOrManager("The deployed models");
    return jdbc.sql(
            """
            select id, deployment_id, deployed_by, deployed_at, reason, files, what_if, migration
              from carepath.model_deployment order by id desc
            """)
        .query(
            (row, n) -> {
              Map<String, Object> deployment = new LinkedHashMap<>();
              deployment.put("id", row.getLong("id"));
              deployment.put("deploymentId", row.getString("deployment_id"));
              deployment.put("deployedBy", row.getString("deployed_by"));
              deployment.put(
                  "deployedAt", row.getObject("deployed_at", OffsetDateTime.class).toInstant());
              deployment.put("reason", row.getString("reason"));
              deployment.put("files", List.of(row.getString("files").split(", ")));
              deployment.put(
                  "whatIf",
                  read(row.getString("what_if"), new TypeReference<List<WhatIfSeen>>() {}));
              deployment.put(
                  "migrations",
                  read(row.getString("migration"), new TypeReference<List<Move>>() {}).stream()
                      .map(this::progress)
                      .toList());
              return deployment;
            })
        .list();
  }

  private MoveProgress progress(Move move) {
    if (move.batchId() == null) {
      return new MoveProgress(move, true, 0, 0);
    }
    BatchStatistics statistics =
        currentUser.asSystem(
            () ->
                managementService
                    .createBatchStatisticsQuery()
                    .batchId(move.batchId())
                    .singleResult());
    if (statistics == null) {
      return new MoveProgress(move, true, 0, 0);
    }
    return new MoveProgress(move, false, statistics.getRemainingJobs(), statistics.getFailedJobs());
  }

  private record Recorded(String by, String reason) {}

  private static Version version(
      int version,
      String deploymentId,
      Map<String, Deployment> deployments,
      Map<String, Recorded> records,
      Long running) {
    Deployment deployment = deployments.get(deploymentId);
    Recorded recorded = records.get(deploymentId);
    return new Version(
        version,
        deploymentId,
        deployment == null || deployment.getDeploymentTime() == null
            ? null
            : deployment.getDeploymentTime().toInstant(),
        deployment == null ? null : deployment.getSource(),
        recorded == null ? null : recorded.by(),
        recorded == null ? null : recorded.reason(),
        running);
  }

  private static void add(
      Map<String, Model> models,
      String kind,
      String key,
      String name,
      String file,
      Version version) {
    models
        .computeIfAbsent(
            kind + ":" + key,
            k -> new Model(kind, key, name == null ? key : name, file, new ArrayList<>()))
        .versions()
        .add(version);
  }

  private DeploymentWithDefinitions deployed(List<ModelFile> files) {
    try {
      return deployer.deploy(files, SOURCE);
    } catch (ModelRefusedException refused) {
      throw refused.asProblem();
    } catch (AuthorizationException notAllowed) {
      throw forbidden();
    } catch (BrokenModelException broken) {
      Throwable cause = broken.getCause();
      if (cause instanceof ModelRefusedException refused) {
        throw refused.asProblem();
      }
      if (cause instanceof AuthorizationException) {
        throw forbidden();
      }
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "broken-model",
          broken.getMessage(),
          List.of(new FieldProblem("files", broken.getMessage())));
    }
  }

  private ModelFile resource(String deploymentId, String name) {
    try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
      return new ModelFile(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void requireMayDeploy(List<String> files) {
    if (!currentUser.isInAnyGroup(List.of(Roles.SERVICE_DESIGNERS))
        && !(currentUser.isInAnyGroup(List.of(Roles.INFORMATION_GOVERNANCE))
            && CheckedDeployments.onlyInformationGovernanceModels(files))) {
      throw forbidden();
    }
  }

  private static ApiProblem forbidden() {
    return new ApiProblem(
        HttpStatus.FORBIDDEN,
        "service-designers-only",
        "Only service designers may deploy models (information governance: the retention"
            + " periods only).",
        List.of());
  }

  static String folder(String name) {
    if (name.endsWith(".bpmn")) {
      return "bpmn";
    }
    if (name.endsWith(".dmn")) {
      return "dmn";
    }
    return name.endsWith(".form") ? "forms" : null;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> List<T> read(String value, TypeReference<List<T>> type) {
    if (value == null) {
      return List.of();
    }
    try {
      return json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
