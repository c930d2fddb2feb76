package org.carepath.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.carepath.system.Problems;
import org.carepath.system.Roles;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may see what under {@code /actuator}: health (with its liveness and readiness groups) for
 * anyone, so a load balancer calls it without credentials, but only UP or DOWN; each component's
 * details, and every other endpoint (metrics, Prometheus), for the {@value Roles#OPERATIONS} group
 * only. Operations staff sign in as everyone does (HTTP Basic for a Prometheus scraper).
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain operationsEndpoints(
      HttpSecurity http, IdentityService identityService, ObjectMapper json) throws Exception {
    AuthorizationManager<RequestAuthorizationContext> operationsOnly =
        (authentication, context) ->
            new AuthorizationDecision(isOperations(identityService, authentication.get()));
    http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                    .permitAll()
                    .anyRequest()
                    .access(operationsOnly))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, refusal) -> {
                      response.setHeader(
                          "WWW-Authenticate", "Basic realm=\"carepath\", charset=\"UTF-8\"");
                      Problems.write(
                          response,
                          json,
                          HttpStatus.UNAUTHORIZED,
                          "unauthenticated",
                          "Sign in as a member of the operations group to read this.",
                          List.of());
                    }))
        .exceptionHandling(
            errors ->
                errors.accessDeniedHandler(
                    (request, response, refusal) ->
                        Problems.write(
                            response,
                            json,
                            HttpStatus.FORBIDDEN,
                            "operations-only",
                            "Only the operations group may read the service's metrics.",
                            List.of())))
        .addFilterAfter(new OperationsRole(identityService), AuthorizationFilter.class);
    return http.build();
  }

  private static boolean isOperations(IdentityService identityService, Authentication user) {
    return user != null
        && !(user instanceof AnonymousAuthenticationToken)
        && user.isAuthenticated()
        && user.getName() != null
        && identityService
                .createGroupQuery()
                .groupMember(user.getName())
                .groupId(Roles.OPERATIONS)
                .count()
            > 0;
  }

  /**
   * Health shows its details to the role {@value Roles#OPERATIONS}: this answers the servlet's role
   * question from the engine's groups, which are carepath's users' only roles.
   */
  private static final class OperationsRole extends OncePerRequestFilter {
    private final IdentityService identityService;

    OperationsRole(IdentityService identityService) {
      this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      boolean operations =
          isOperations(identityService, SecurityContextHolder.getContext().getAuthentication());
      chain.doFilter(
          new HttpServletRequestWrapper(request) {
            @Override
            public boolean isUserInRole(String role) {
              return Roles.OPERATIONS.equals(role) ? operations : super.isUserInRole(role);
            }
          },
          response);
    }
  }
}
