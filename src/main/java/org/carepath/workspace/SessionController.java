package org.carepath.workspace;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.carepath.access.NoFamilyData;
import org.carepath.pathway.Agencies;
import org.carepath.system.CurrentUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and the token the workspace sends with every change it asks for. */
@RestController
class SessionController {

  private final CurrentUser currentUser;
  private final IdentityService identityService;

  SessionController(CurrentUser currentUser, IdentityService identityService) {
    this.currentUser = currentUser;
    this.identityService = identityService;
  }

  record Token(String headerName, String parameterName, String token) {}

  record Agency(String id, String name) {}

  /** {@code everyAgency} names every agency in words, for the pages to show. */
  record Me(
      String userId,
      String name,
      List<Agency> agencies,
      List<String> roles,
      List<Agency> everyAgency) {}

  /** Open to everyone: the login form needs it too, and another site cannot read it. */
  @GetMapping("/session/csrf")
  @NoFamilyData("a security token")
  Token csrf(CsrfToken token) {
    return new Token(token.getHeaderName(), token.getParameterName(), token.getToken());
  }

  @GetMapping("/api/me")
  @NoFamilyData("the signed-in user's own name and groups")
  Me me() {
    String userId = currentUser.userId();
    User user =
        currentUser.asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
    String name =
        user == null
            ? userId
            : String.join(" ", nonBlank(user.getFirstName()), nonBlank(user.getLastName())).trim();
    List<String> groups = currentUser.groupIds();
    return new Me(
        userId,
        name.isBlank() ? userId : name,
        groups.stream()
            .filter(Agencies::isAgency)
            .sorted()
            .map(id -> new Agency(id, Agencies.name(id)))
            .toList(),
        groups.stream().filter(id -> !Agencies.isAgency(id)).sorted().toList(),
        Agencies.ALL.stream().map(id -> new Agency(id, Agencies.name(id))).toList());
  }

  private static String nonBlank(String value) {
    return value == null ? "" : value;
  }
}
