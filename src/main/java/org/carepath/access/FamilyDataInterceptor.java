package org.carepath.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Tells the access log which handler answered, before it runs, so a refusal is logged too. */
@Configuration(proxyBeanMethods = false)
class FamilyDataInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method) {
      FamilyData familyData = method.getMethodAnnotation(FamilyData.class);
      if (familyData != null && request.getAttribute(ReadsOfFamilies.WHAT) == null) {
        request.setAttribute(ReadsOfFamilies.WHAT, familyData.value());
        request.setAttribute(ReadsOfFamilies.REFUSALS_ONLY, familyData.refusalsOnly());
      }
    }
    return true;
  }
}
