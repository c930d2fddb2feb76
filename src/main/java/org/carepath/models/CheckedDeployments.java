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

  /**
   * The engine lets its administrators do anything; deploying a pathway is the service designers'
   * work alone (the application's own deployment at startup runs unauthenticated).
   */
  private static void refuseAnyoneButServiceDesigners() {
    Authentication caller = Context.getCommandContext().getAuthentication();
    if (caller != null
        && (caller.getGroupIds() == null
            || !caller.getGroupIds().contains(Roles.SERVICE_DESIGNERS))) {
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
      refuseAnyoneButServiceDesigners();
      Map<String, byte[]> files = new LinkedHashMap<>();
      Map<String, ResourceEntity> resources = deployment.getResources();
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
