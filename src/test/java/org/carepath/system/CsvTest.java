package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void aCellNeverRunsAsAFormulaAndKeepsItsCommasAndQuotes() {
    String file =
        new Csv()
            .row("When", "What")
            .row("=HYPERLINK(\"x\")", "Mother said \"fine\", then left")
            .row(null, "@SUM(A1)")
            .download("x.csv")
            .getBody();

    assertThat(file)
        .isEqualTo(
            "When,What\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",\"Mother said \"\"fine\"\", then left\"\r\n"
                + ",'@SUM(A1)\r\n");
  }
}
