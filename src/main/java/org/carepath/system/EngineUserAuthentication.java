package org.carepath.system;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a user name and password against the engine's identity service, for the login form and for
 * HTTP Basic alike. The engine stays the user store, so its lockout after wrong passwords applies
 * to both.
 */
class EngineUserAuthentication implements AuthenticationProvider {

  private final IdentityService identityService;

  EngineUserAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String userId = attempt.getName();
    Object password = attempt.getCredentials();
    if (userId == null
        || userId.isBlank()
        || !(password instanceof String secret)
        || !identityService.checkPassword(userId, secret)) {
      throw new BadCredentialsException("The user name or password is not correct.");
    }
    // Groups are looked up on every request (EngineAuthenticationBridge), so a change of
    // membership applies at once, also to a session that is already signed in.
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
