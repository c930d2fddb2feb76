package org.carepath.system;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.pathway.Agencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Startup, before the web server takes requests: groups, authorizations and users (the models
 * deploy beside this, in the models feature). Any failure stops startup with a message that says
 * what to fix.
 */
@Component
class CarepathSetup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(CarepathSetup.class);

  static final String ADMIN_USER = "admin";

  /** The demo profile's users: user id → groups. All have the password {@code demo}. */
  static final Map<String, List<String>> DEMO_USERS =
      Map.ofEntries(
          Map.entry("sam", List.of(Agencies.CHILDRENS_SOCIAL_CARE)),
          Map.entry("mia", List.of(Agencies.MIDWIFERY)),
          Map.entry("hana", List.of(Agencies.HEALTH_VISITING)),
          Map.entry("dan", List.of(Agencies.DRUG_ALCOHOL_SERVICE)),
          Map.entry("sara", List.of(Agencies.SCHOOL)),
          Map.entry("ida", List.of(Agencies.DOMESTIC_ABUSE)),
          Map.entry("cam", List.of(Agencies.CAMHS)),
          Map.entry("max", List.of(Roles.MANAGERS)),
          Map.entry("dee", List.of(Roles.SERVICE_DESIGNERS)),
          Map.entry("ivy", List.of(Roles.INFORMATION_GOVERNANCE)),
          // A second person: nothing is destroyed on one person's word.
          Map.entry("iris", List.of(Roles.INFORMATION_GOVERNANCE)),
          Map.entry("ops", List.of(Roles.OPERATIONS)),
          Map.entry(ADMIN_USER, List.of(Roles.CAMUNDA_ADMIN)));

  private final IdentityBootstrap identity;
  private final String adminPassword;
  private final boolean demoUsers;

  CarepathSetup(
      IdentityService identityService,
      AuthorizationService authorizationService,
      FilterService filterService,
      TaskService taskService,
      @Value("${CAREPATH_ADMIN_PASSWORD:}") String adminPassword,
      @Value("${carepath.demo.users-enabled:false}") boolean demoUsers) {
    this.identity =
        new IdentityBootstrap(identityService, authorizationService, filterService, taskService);
    this.adminPassword = adminPassword;
    this.demoUsers = demoUsers;
  }

  @Override
  public void afterSingletonsInstantiated() {
    // ProductionSettingsCheck has already refused a missing or short admin password.
    identity.run();
    if (!adminPassword.isBlank()
        && identity.ensureUser(
            ADMIN_USER, "Administrator", adminPassword, List.of(Roles.CAMUNDA_ADMIN))) {
      log.info("Created the administrator '{}' from CAREPATH_ADMIN_PASSWORD", ADMIN_USER);
    }
    if (demoUsers) {
      DEMO_USERS.forEach((user, groups) -> identity.ensureUser(user, user, "demo", groups));
      log.warn(
          "DEMO PROFILE: users {} exist with the password 'demo'. Never use the demo profile with"
              + " real families' data.",
          DEMO_USERS.keySet().stream().sorted().toList());
    }
  }
}
