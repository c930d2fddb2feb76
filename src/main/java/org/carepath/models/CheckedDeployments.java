package org.carepath.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link ModelCheck} on every deployment, before the engine parses it: a refusal throws
 * inside the engine's transaction, so nothing of the deployment is stored, and the engine REST API
 * answers 400 with each problem named (through {@link FormProblems} and the error filter).
 */
@Component
class CheckedDeployments extends AbstractProcessEnginePlugin {

  static final String REFUSED = "The models cannot be deployed.";

  private final ObjectProvider<ModelCheck> checks;

  CheckedDeployments(ObjectProvider<ModelCheck> checks) {
    this.checks = checks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new CheckingDeployer());
  }

  /** Information governance owns how long records are kept: that table, and no other model. */
  static final java.util.Set<String> INFORMATION_GOVERNANCE_MODELS =
      java.util.Set.of(org.carepath.pathway.RetentionCheck.PERIODS_DECISION + ".dmn");

  static boolean onlyInformationGovernanceModels(java.util.Collection<String> files) {
    return !files.isEmpty()
        && files.stream()
            .map(name -> name.substring(name.lastIndexOf('/') + 1))
            .allMatch(INFORMATION_GOVERNANCE_MODELS::contains);
  }

  /**
   * The engine lets its administrators do anything; deploying a pathway is the service designers'
   * work alone, and the retention periods information governance's too (the application's own
   * deployment at startup runs unauthenticated).
   */
  private static void refuseAnyoneButServiceDesigners(java.util.Collection<String> files) {
    Authentication caller = Context.getCommandContext().getAuthentication();
    if (caller == null) {
      return;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(Roles.SERVICE_DESIGNERS)
        && !(groups.contains(Roles.INFORMATION_GOVERNANCE)
            && onlyInformationGovernanceModels(files))) {
      throw new AuthorizationException(
          "Only service designers may deploy models; '"
              + caller.getUserId()
              + "' is not one of them.");
    }
  }

  private final class CheckingDeployer implements Deployer {
    @Override
    public void deploy(DeploymentEntity deployment) {
      if (!deployment.isNew()) {
        // The engine re-reads stored versions into its cache through the deployers too: a
        // version running cases are on was accepted when it was deployed.
        return;
      }
      Map<String, byte[]> files = new LinkedHashMap<>();
      Map<String, ResourceEntity> resources = deployment.getResources();
      refuseAnyoneButServiceDesigners(resources == null ? List.of() : resources.keySet());
      if (resources == null || resources.isEmpty()) {
        return;
      }
      resources.forEach((name, resource) -> files.put(name, resource.getBytes()));
      List<FieldProblem> problems = new ArrayList<>();
      checks.orderedStream().forEach(check -> problems.addAll(check.check(files)));
      if (!problems.isEmpty()) {
        FormProblems.remember("model-refused", REFUSED, problems);
        throw new ModelRefusedException(REFUSED, problems);
      }
    }
  }
}
