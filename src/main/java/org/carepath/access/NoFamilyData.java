package org.carepath.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read handler that shows no family's personal data (figures, models, one's own session),
 * saying why; a test refuses any read handler marked neither this nor {@link FamilyData}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoFamilyData {

  /** Why nothing personal is shown. */
  String value();
}
