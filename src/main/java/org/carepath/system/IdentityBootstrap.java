package org.carepath.system;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.FamilyPathway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, idempotently, the groups, the engine authorizations each group needs and the shared task
 * filter. Agencies get no rights over whole process instances: they see a case's tasks through the
 * candidate-group authorizations the engine grants per task, and cases through {@code /api}, which
 * checks involvement itself.
 */
class IdentityBootstrap {

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  /**
   * The Tasklist filter every user sees; the engine shows each user only the tasks they may read.
   */
  static final String TASKS_FILTER_NAME = "Tasks of my agency";

  private static final String GROUP_TYPE_AGENCY = "agency";
  private static final String GROUP_TYPE_ROLE = "role";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  IdentityBootstrap(
      IdentityService identityService,
      AuthorizationService authorizationService,
      FilterService filterService,
      TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  void run() {
    Agencies.ALL.forEach(agency -> ensureGroup(agency, GROUP_TYPE_AGENCY));
    Roles.ALL.forEach(role -> ensureGroup(role, GROUP_TYPE_ROLE));
    Filter tasks = ensureTasksFilter();

    for (String agency : Agencies.ALL) {
      grant(agency, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(agency, Resources.FILTER, tasks.getId(), Permissions.READ);
      grant(
          agency,
          Resources.PROCESS_DEFINITION,
          FamilyPathway.KEY,
          Permissions.READ,
          Permissions.CREATE_INSTANCE);
      grant(agency, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      grant(
          agency,
          Resources.DECISION_DEFINITION,
          ANY,
          Permissions.READ,
          Permissions.CREATE_INSTANCE);
    }

    // Managers watch every pathway and its history, but do not change models.
    grant(Roles.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Roles.MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Roles.MANAGERS, Resources.FILTER, tasks.getId(), Permissions.READ);
    grant(
        Roles.MANAGERS,
        Resources.PROCESS_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY,
        Permissions.READ_TASK);
    grant(Roles.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(Roles.MANAGERS, Resources.TASK, ANY, Permissions.READ);
    grant(
        Roles.MANAGERS,
        Resources.DECISION_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_HISTORY,
        Permissions.CREATE_INSTANCE);
    grant(Roles.MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(Roles.MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ);

    // Service designers deploy models; they see definitions, never a family's data.
    grant(Roles.SERVICE_DESIGNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        Roles.SERVICE_DESIGNERS,
        Resources.DEPLOYMENT,
        ANY,
        Permissions.READ,
        Permissions.CREATE,
        Permissions.DELETE);
    grant(Roles.SERVICE_DESIGNERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(
        Roles.SERVICE_DESIGNERS,
        Resources.DECISION_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.CREATE_INSTANCE);
    grant(
        Roles.SERVICE_DESIGNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);

    // Information governance reviews emergency access in its task list; it reads the access log
    // through /api, and no family's case.
    grant(Roles.INFORMATION_GOVERNANCE, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Roles.INFORMATION_GOVERNANCE, Resources.FILTER, tasks.getId(), Permissions.READ);
    // ... and deploys the retention periods (the deployment checks refuse any other model).
    grant(
        Roles.INFORMATION_GOVERNANCE,
        Resources.DEPLOYMENT,
        ANY,
        Permissions.READ,
        Permissions.CREATE);
    grant(Roles.INFORMATION_GOVERNANCE, Resources.DECISION_DEFINITION, ANY, Permissions.READ);

    for (Resource resource : Resources.values()) {
      grant(Roles.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  /** Creates a user with the given groups unless it exists; an existing user keeps its password. */
  boolean ensureUser(String userId, String firstName, String password, List<String> groups) {
    boolean created = false;
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      var user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName("(" + String.join(", ", groups) + ")");
      user.setPassword(password);
      identityService.saveUser(user);
      created = true;
    }
    for (String group : groups) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
        identityService.createMembership(userId, group);
      }
    }
    return created;
  }

  private void ensureGroup(String id, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(id);
      group.setType(type);
      identityService.saveGroup(group);
      log.info("Created group {}", id);
    }
  }

  private Filter ensureTasksFilter() {
    Filter existing =
        filterService.createFilterQuery().filterName(TASKS_FILTER_NAME).singleResult();
    if (existing != null) {
      return existing;
    }
    TaskQuery everythingTheUserMayRead = taskService.createTaskQuery();
    Filter filter =
        filterService
            .newTaskFilter(TASKS_FILTER_NAME)
            .setProperties(
                Map.of(
                    "description",
                    "Open tasks of the agencies you belong to",
                    "priority",
                    -10,
                    "refresh",
                    true,
                    // Shown on each task in Tasklist, so a worker sees whose case it is.
                    "variables",
                    List.of(
                        Map.of("name", FamilyPathway.CASE_REFERENCE.name(), "label", "Case"),
                        Map.of("name", FamilyPathway.LEVEL_NAME.name(), "label", "Level"))))
            .setQuery(everythingTheUserMayRead);
    return filterService.saveFilter(filter);
  }

  private void grant(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
