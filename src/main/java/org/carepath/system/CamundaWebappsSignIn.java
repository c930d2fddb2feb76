package org.carepath.system;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist, Cockpit and Admin trust the workspace's sign-in ("container-based authentication"): the
 * webapps take the user Spring Security signed in, and their groups from the engine, instead of
 * asking for a password again. It runs straight after Spring Security's chain, which sends anyone
 * not signed in to the login page first.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappsSignIn {

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsTrustTheSignIn(
      CamundaBpmProperties camunda) {
    String path = camunda.getWebapp().getApplicationPath();
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("carepath sign-in for the Camunda webapps");
    registration.setInitParameters(
        Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns(path + "/app/*", path + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}
