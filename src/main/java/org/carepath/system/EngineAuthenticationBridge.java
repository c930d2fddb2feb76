package org.carepath.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the user Spring Security signed in (by session or HTTP Basic) to the engine for the
 * request, with their current groups and tenants, so the engine's authorization checks and our own
 * see the same user.
 */
class EngineAuthenticationBridge extends OncePerRequestFilter {

  private final IdentityService identityService;

  EngineAuthenticationBridge(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * The request attribute holding the engine's authentication of the caller, kept for filters that
   * look at the answer after this one has cleared it.
   */
  static final String ENGINE_USER = EngineAuthenticationBridge.class.getName() + ".user";

  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

  /** Who Spring Security signed in for this request; null for no one (or anonymous). */
  static Authentication signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return TRUST.isAuthenticated(authentication) ? authentication : null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication signedIn = signedIn();
    if (signedIn == null) {
      chain.doFilter(request, response);
      return;
    }
    String userId = signedIn.getName();
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    List<String> tenants =
        identityService
            .createTenantQuery()
            .userMember(userId)
            .includingGroupsOfUser(true)
            .list()
            .stream()
            .map(Tenant::getId)
            .toList();
    identityService.setAuthentication(userId, groups, tenants);
    request.setAttribute(ENGINE_USER, identityService.getCurrentAuthentication());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
