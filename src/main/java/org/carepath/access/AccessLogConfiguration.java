package org.carepath.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.IdentityService;
import org.carepath.system.CurrentUser;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access log's filter runs after sign-in (Spring Security's chain and the webapps' trust of
 * it), so it knows who is looking, and around everything that answers with a family's data.
 */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

  @Bean
  FilterRegistrationBean<AccessLogFilter> accessLogFilter(
      AccessLog accessLog,
      CaseLookup lookup,
      CurrentUser currentUser,
      ObjectMapper json,
      IdentityService identityService) {
    FilterRegistrationBean<AccessLogFilter> registration =
        new FilterRegistrationBean<>(
            new AccessLogFilter(accessLog, lookup, currentUser, json, identityService));
    registration.setName("carepath access log");
    registration.addUrlPatterns(
        "/api/*", "/cases/*", "/tasks/*", "/engine-rest/*", "/camunda/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }
}
