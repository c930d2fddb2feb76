package org.carepath.system;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The user the request authenticated as. The authentication filters set it on the engine, so the
 * same answer holds in controllers and in delegates running inside an engine command.
 */
@Component
public class CurrentUser {

  /** Recorded as the actor when the engine acts on its own, e.g. a timer firing. */
  public static final String SYSTEM = "system";

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<Authentication> authentication() {
    return Optional.ofNullable(identityService.getCurrentAuthentication());
  }

  public String userId() {
    return authentication().map(Authentication::getUserId).orElse(SYSTEM);
  }

  public List<String> groupIds() {
    return authentication().map(Authentication::getGroupIds).map(List::copyOf).orElse(List.of());
  }

  public boolean isInAnyGroup(java.util.Collection<String> groups) {
    return groupIds().stream().anyMatch(groups::contains);
  }

  /**
   * Refuses anyone but managers, for figures that count every family the service works with.
   *
   * @param what the page or report, as a sentence subject ("The pathway dashboard")
   */
  public void requireManager(String what) {
    if (!isInAnyGroup(List.of(Roles.MANAGERS))) {
      throw new ApiProblem(
          org.springframework.http.HttpStatus.FORBIDDEN,
          "managers-only",
          what + " is for managers: it counts every family the service works with.",
          List.of());
    }
  }

  /**
   * Refuses anyone but service designers and managers, for the pathway's models and what-if figures
   * over every family's decisions.
   *
   * @param what the page or report, as a sentence subject ("What-if reports")
   */
  public void requireDesignerOrManager(String what) {
    if (!isInAnyGroup(List.of(Roles.SERVICE_DESIGNERS, Roles.MANAGERS))) {
      throw new ApiProblem(
          org.springframework.http.HttpStatus.FORBIDDEN,
          "designers-and-managers-only",
          what + " are for service designers and managers.",
          List.of());
    }
  }

  /**
   * Refuses anyone but information governance, for the access log across cases, retention and
   * subject access.
   *
   * @param what the page or action, as a sentence subject ("Lifting a legal hold")
   */
  public void requireInformationGovernance(String what) {
    if (!isInAnyGroup(List.of(Roles.INFORMATION_GOVERNANCE))) {
      throw new ApiProblem(
          org.springframework.http.HttpStatus.FORBIDDEN,
          "information-governance-only",
          what + " is for information governance.",
          List.of());
    }
  }

  /** Managers and administrators oversee every case. */
  public boolean overseesAllCases() {
    return isInAnyGroup(List.of(Roles.MANAGERS, Roles.CAMUNDA_ADMIN));
  }

  /**
   * Runs engine work without the engine's authorization checks, for steps our own API has already
   * authorized (the engine grants agencies no rights over whole process instances). The caller's
   * authentication is restored afterwards.
   */
  public <T> T asSystem(java.util.function.Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
