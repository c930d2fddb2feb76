package org.carepath.system;

import java.util.List;

/** Role groups beside the agencies. */
public final class Roles {
  public static final String MANAGERS = "managers";
  public static final String SERVICE_DESIGNERS = "service-designers";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** Reads every case's access log, reviews emergency access, decides retention. */
  public static final String INFORMATION_GOVERNANCE = "information-governance";

  /** Runs the service: health details and metrics under /actuator; sees no family's data. */
  public static final String OPERATIONS = "operations";

  public static final List<String> ALL =
      List.of(MANAGERS, SERVICE_DESIGNERS, CAMUNDA_ADMIN, INFORMATION_GOVERNANCE, OPERATIONS);

  private Roles() {}
}
