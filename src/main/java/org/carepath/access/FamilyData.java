package org.carepath.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose answer shows a family's personal data: every call, answered or refused, is
 * written to the access log. The case comes from the path ({@code {id}} a case reference, {@code
 * {taskId}} a task) or from {@link ReadsOfFamilies#shown} for lists.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FamilyData {

  /** What was seen: one of {@link WhatWasSeen}'s codes. */
  String value();

  /**
   * Log refusals only: a page shell that shows nothing itself, whose data comes from an endpoint
   * that logs the view.
   */
  boolean refusalsOnly() default false;
}
