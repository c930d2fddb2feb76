package org.carepath.system;

import java.util.List;

/** Role groups beside the agencies. */
public final class Roles {
  public static final String MANAGERS = "managers";
  public static final String SERVICE_DESIGNERS = "service-designers";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  public static final List<String> ALL = List.of(MANAGERS, SERVICE_DESIGNERS, CAMUNDA_ADMIN);

  private Roles() {}
}
