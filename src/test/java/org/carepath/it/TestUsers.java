package org.carepath.it;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users the PostgreSQL tests and benchmarks sign in as (that profile creates no demo users). */
final class TestUsers {

  /** Creates the user with password "demo" in the group, unless they exist already. */
  static void ensure(IdentityService identityService, String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  private TestUsers() {}
}
