package org.carepath.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Servlet filters in front of the engine REST API, our API and the webapps, beside Spring
 * Security's chain ({@link WebSecurity}). Order matters: the setup guard first (nothing may reach
 * setup), then the engine's errors in plain words, then the content guard.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  FilterRegistrationBean<AdminSetupGuardFilter> adminSetupGuard(ObjectMapper json) {
    FilterRegistrationBean<AdminSetupGuardFilter> registration =
        new FilterRegistrationBean<>(new AdminSetupGuardFilter(json));
    registration.addUrlPatterns("/camunda/api/admin/setup/*", "/camunda/app/admin/*/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<CorrelationIds> correlationIds() {
    FilterRegistrationBean<CorrelationIds> registration =
        new FilterRegistrationBean<>(new CorrelationIds());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** Wraps the engine's answers, so it sees every error the engine and the guards give. */
  @Bean
  FilterRegistrationBean<EngineErrorFilter> engineErrors(
      ObjectMapper json, HistoryService historyService, CurrentUser currentUser) {
    FilterRegistrationBean<EngineErrorFilter> registration =
        new FilterRegistrationBean<>(new EngineErrorFilter(json, historyService, currentUser));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    return registration;
  }

  @Bean
  FilterRegistrationBean<QueryExpressionGuardFilter> queryExpressionGuard(ObjectMapper json) {
    FilterRegistrationBean<QueryExpressionGuardFilter> registration =
        new FilterRegistrationBean<>(new QueryExpressionGuardFilter(json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
