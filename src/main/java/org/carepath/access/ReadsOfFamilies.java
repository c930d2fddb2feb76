package org.carepath.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a request showed, gathered while it runs and written to the access log when it ends: the
 * handler's {@link FamilyData} code and the cases its answer showed.
 */
public final class ReadsOfFamilies {

  static final String WHAT = ReadsOfFamilies.class.getName() + ".what";
  static final String REFUSALS_ONLY = ReadsOfFamilies.class.getName() + ".refusalsOnly";
  static final String CASES = ReadsOfFamilies.class.getName() + ".cases";
  static final String DETAIL = ReadsOfFamilies.class.getName() + ".detail";

  /** The cases a list or an export showed, by reference (a no-op outside a request). */
  public static void shown(Collection<String> caseReferences) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return;
    }
    cases(request).addAll(caseReferences);
  }

  /** Says more precisely what was seen than the handler's code (e.g. a printed chronology). */
  public static void seenAs(String what) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null && WhatWasSeen.known(what)) {
      request.setAttribute(WHAT, what, RequestAttributes.SCOPE_REQUEST);
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> cases(RequestAttributes request) {
    Object cases = request.getAttribute(CASES, RequestAttributes.SCOPE_REQUEST);
    if (cases == null) {
      cases = new LinkedHashSet<String>();
      request.setAttribute(CASES, cases, RequestAttributes.SCOPE_REQUEST);
    }
    return (Set<String>) cases;
  }

  @SuppressWarnings("unchecked")
  static Set<String> casesOf(HttpServletRequest request) {
    Object cases = request.getAttribute(CASES);
    return cases == null ? Set.of() : (Set<String>) cases;
  }

  private ReadsOfFamilies() {}
}
