package org.carepath.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The birthdays that start each stage, and the order of the stages. */
class StageCalendarTest {

  private static final LocalDate BORN = LocalDate.of(2020, 2, 29);

  @Test
  void eachBirthdayStartsItsStage() {
    assertThat(StageCalendar.stageOn(BORN, BORN)).contains("infant");
    assertThat(StageCalendar.stageOn(BORN, LocalDate.of(2021, 2, 27))).contains("infant");
    assertThat(StageCalendar.stageOn(BORN, LocalDate.of(2021, 2, 28))).contains("early-years");
    assertThat(StageCalendar.stageOn(BORN, LocalDate.of(2025, 2, 28))).contains("school-age");
    assertThat(StageCalendar.stageOn(BORN, LocalDate.of(2033, 2, 28))).contains("adolescent");
    assertThat(StageCalendar.stageOn(BORN, LocalDate.of(2038, 2, 28))).isEmpty();
  }

  @Test
  void aStageEndsOnTheBirthdayThatStartsTheNext() {
    assertThat(StageCalendar.endOf("infant", BORN)).isEqualTo(LocalDate.of(2021, 2, 28));
    assertThat(StageCalendar.endOf("early-years", BORN)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(StageCalendar.endOf("school-age", BORN)).isEqualTo(LocalDate.of(2033, 2, 28));
    assertThat(StageCalendar.endOf("adolescent", BORN)).isEqualTo(LocalDate.of(2038, 2, 28));
  }

  @Test
  void theStagesFollowOneAnotherFromPregnancyToAdolescence() {
    assertThat(StageCalendar.next("pregnancy")).contains("infant");
    assertThat(StageCalendar.next("infant")).contains("early-years");
    assertThat(StageCalendar.next("early-years")).contains("school-age");
    assertThat(StageCalendar.next("school-age")).contains("adolescent");
    assertThat(StageCalendar.next("adolescent")).isEmpty();
  }
}
