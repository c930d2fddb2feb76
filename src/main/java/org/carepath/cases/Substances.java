package org.carepath.cases;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Tells drugs from alcohol and tobacco among the substances recorded at referral, which are free
 * text. Hidden Harm recommendation 19 (seed 003) asks for blood-borne virus testing of pregnant
 * drug users: alcohol alone does not call for it.
 */
public final class Substances {

  private static final Set<String> NOT_DRUGS =
      Set.of(
          "alcohol",
          "beer",
          "lager",
          "ale",
          "cider",
          "wine",
          "spirits",
          "vodka",
          "whisky",
          "whiskey",
          "gin",
          "rum",
          "drink",
          "drinking",
          "tobacco",
          "nicotine",
          "cigarettes",
          "smoking",
          "vaping",
          "vape",
          "none");

  /** A substance other than alcohol or tobacco; blank text is no substance. */
  public static boolean isDrug(String substance) {
    String name = substance == null ? "" : substance.trim().toLowerCase(Locale.ROOT);
    return !name.isEmpty() && !NOT_DRUGS.contains(name);
  }

  public static boolean anyDrug(Collection<String> substances) {
    return substances.stream().anyMatch(Substances::isDrug);
  }

  private Substances() {}
}
