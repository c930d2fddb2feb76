package org.carepath.pathway;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five sources by the titles practitioners know them by. Models cite the exact file and line
 * for service designers; what a practitioner reads names the source by its title instead.
 */
public final class SourceTitles {

  public static final Map<String, String> TITLES =
      Map.of(
          "000",
              "Kroll and Taylor, Interventions for children and families where there is"
                  + " parental drug misuse",
          "001", "Improving outcomes for the children of drug misusing parents (practice toolkit)",
          "002", "Cambridgeshire staged intervention offer",
          "003", "Hidden Harm recommendations (National Assembly for Wales)",
          "004", "Drug Use, Parenting and Child Protection (Merseyside study)");

  /** A file citation with its optional line numbers, or a short "seed 002" / "002 L107". */
  private static final Pattern CITATION =
      Pattern.compile(
          "(?:seed\\s+)?(00[0-4])(?:_[0-9a-f]{16}\\.txt)?(?:,?\\s+L\\d+(?:-\\d+)?)?"
              + "(?=[\\s:;,.)]|$)");

  /** The text with every file citation replaced by the source's title. */
  public static String forPractitioners(String text) {
    if (text == null) {
      return null;
    }
    Matcher citation = CITATION.matcher(text);
    StringBuilder plain = new StringBuilder();
    while (citation.find()) {
      boolean cited =
          citation.group().startsWith("seed")
              || citation.group().contains(".txt")
              || citation.group().contains(" L");
      String replacement = cited ? TITLES.get(citation.group(1)) : citation.group();
      citation.appendReplacement(plain, Matcher.quoteReplacement(replacement));
    }
    citation.appendTail(plain);
    return plain.toString().replace("(gap in seeds", "(gap in the sources");
  }

  private SourceTitles() {}
}
