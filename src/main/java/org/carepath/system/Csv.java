package org.carepath.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Spreadsheet exports: one way to write a cell, so none can smuggle in a formula. */
public final class Csv {

  public static final MediaType TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final StringBuilder text = new StringBuilder();

  public Csv row(List<String> cells) {
    text.append(String.join(",", cells.stream().map(Csv::cell).toList())).append("\r\n");
    return this;
  }

  public Csv row(String... cells) {
    return row(java.util.Arrays.asList(cells));
  }

  /** The file, to download under this name. */
  public ResponseEntity<String> download(String fileName) {
    return ResponseEntity.ok()
        .contentType(TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .body(text.toString());
  }

  /**
   * A cell as a spreadsheet should read it: quoted when it holds a comma, quote or line break, and
   * a leading {@code = + - @} neutralised so the cell is never run as a formula.
   */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
