package org.carepath.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One sign-in for the workspace, our API, the engine's REST API and the Camunda webapps.
 *
 * <ul>
 *   <li>People sign in once with the login form: a session, protected against cross-site request
 *       forgery by a token the workspace sends with every change.
 *   <li>API clients send HTTP Basic with every request and get no session; a request carrying its
 *       own credentials cannot be forged by another site, so it needs no token.
 *   <li>The Camunda webapps trust this sign-in (see {@link CamundaWebappsSignIn}) and keep their
 *       own CSRF protection and Content-Security-Policy, which their pages are built for.
 * </ul>
 *
 * The engine's identity service is the user store; its lockout after wrong passwords holds for both
 * ways in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurity {

  /** Our pages run no inline script, are never framed and send nothing to other sites. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  static final String LOGIN_PAGE = "/login";

  private static final RequestMatcher CAMUNDA_WEBAPPS = path("/camunda/**");

  /** Answered with problem JSON rather than a redirect to the login page. */
  private static final RequestMatcher MACHINE_REQUESTS =
      new OrRequestMatcher(
          path("/api/**"),
          path("/engine-rest/**"),
          path("/session/**"),
          path("/camunda/api/**"),
          request -> request.getHeader("Authorization") != null);

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  @Bean
  AuthenticationProvider engineUsers(IdentityService identityService) {
    return new EngineUserAuthentication(identityService);
  }

  @Bean
  SecurityFilterChain carepathSecurity(
      HttpSecurity http, IdentityService identityService, ObjectMapper json) throws Exception {
    AuthenticationEntryPoint problem = problemEntryPoint(json);
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        LOGIN_PAGE, "/session/csrf", "/assets/**", "/favicon.ico", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage(LOGIN_PAGE)
                    .failureUrl(LOGIN_PAGE + "?error")
                    .defaultSuccessUrl("/", false)
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?signed-out"))
        .httpBasic(basic -> basic.authenticationEntryPoint(problem))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(problem, MACHINE_REQUESTS)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), request -> true)
                    .accessDeniedHandler(refused(json, problem)))
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    // The webapps send their own token, which their own filter checks.
                    CAMUNDA_WEBAPPS, request -> request.getHeader("Authorization") != null))
        .headers(
            headers ->
                headers
                    .frameOptions(frame -> frame.deny())
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(CAMUNDA_WEBAPPS),
                            new ReferrerPolicyHeaderWriter(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                    // Tasklist and Cockpit name the page that asked in their requests to the
                    // engine (never to another site), so the access log can tell them apart.
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            CAMUNDA_WEBAPPS,
                            new ReferrerPolicyHeaderWriter(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(CAMUNDA_WEBAPPS),
                            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                    .addHeaderWriter(
                        new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=()")))
        .addFilterAfter(new EngineAuthenticationBridge(identityService), AuthorizationFilter.class);
    return http.build();
  }

  private static AuthenticationEntryPoint problemEntryPoint(ObjectMapper json) {
    return (request, response, refusal) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"carepath\", charset=\"UTF-8\"");
      Problems.write(
          response,
          json,
          HttpStatus.UNAUTHORIZED,
          "unauthenticated",
          request.getHeader("Authorization") == null
              ? "Sign in first, or send HTTP Basic authentication with a carepath user."
              : "The user name or password is not correct.",
          List.of());
    };
  }

  /**
   * Spring Security refuses only a missing or stale CSRF token here; say so plainly. Someone not
   * signed in at all is asked to sign in instead.
   */
  private static AccessDeniedHandler refused(ObjectMapper json, AuthenticationEntryPoint problem) {
    return (request, response, refusal) -> {
      boolean anonymous = EngineAuthenticationBridge.signedIn() == null;
      if (anonymous && MACHINE_REQUESTS.matches(request)) {
        problem.commence(request, response, null);
      } else if (MACHINE_REQUESTS.matches(request) || wantsJson(request)) {
        Problems.write(
            response,
            json,
            HttpStatus.FORBIDDEN,
            "session-expired",
            "This page's security token is missing or out of date. Reload the page and try again.",
            List.of());
      } else {
        response.sendRedirect(LOGIN_PAGE + "?expired");
      }
    };
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("json");
  }
}
