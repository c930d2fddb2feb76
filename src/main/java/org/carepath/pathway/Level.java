package org.carepath.pathway;

import java.util.Arrays;

/** The four levels of seed 002's Model of Staged Intervention. */
public enum Level {
  UNIVERSAL(1, "Universal"),
  TARGETED(2, "Targeted"),
  COORDINATED(3, "Coordinated/Specialist"),
  INTENSIVE(4, "Intensive");

  private final int number;
  private final String displayName;

  Level(int number, String displayName) {
    this.number = number;
    this.displayName = displayName;
  }

  public int number() {
    return number;
  }

  public String displayName() {
    return displayName;
  }

  public static Level of(int number) {
    return Arrays.stream(values())
        .filter(level -> level.number == number)
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("No level " + number + "; levels are 1 to 4"));
  }

  public static boolean isLevel(Integer number) {
    return number != null && number >= 1 && number <= 4;
  }
}
