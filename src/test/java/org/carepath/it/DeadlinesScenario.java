package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.deadlines.OverdueWork;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every step has an owner and a due date, and overdue work escalates until it is done, over HTTP:
 * the consent task has a date from DMN task-due-dates; past it, managers and the lead get a task,
 * once per interval; a new date needs a reason and goes on the chronology; doing the step ends its
 * escalation.
 */
final class DeadlinesScenario {

  private static final String CONSENT = "Record information-sharing consent";
  private static final String ESCALATION = "Act on an overdue step";

  private final int port;
  private final String manager;
  private final TaskService taskService;
  private final OverdueWork overdueWork;

  DeadlinesScenario(int port, String manager, TaskService taskService, OverdueWork overdueWork) {
    this.port = port;
    this.manager = manager;
    this.taskService = taskService;
    this.overdueWork = overdueWork;
  }

  void overdueWorkEscalatesUntilItIsDoneOrGivenANewDateWithAReason() {
    Api hana = Api.as(port, "hana");
    Api max = Api.as(port, manager);
    String id = FullRunScenario.refer(hana);
    String consent = (String) FullRunScenario.openTask(hana, id, CONSENT).get("id");

    // The step has a date from the table: two days.
    Map<String, Object> item = Api.map(hana.get("/api/work/" + consent));
    OffsetDateTime due = OffsetDateTime.parse((String) item.get("dueAt"));
    assertThat(due).isBetween(OffsetDateTime.now().plusDays(1), OffsetDateTime.now().plusDays(3));

    // Past its date: managers and the lead professional are asked to act, once per interval.
    overdue(consent);
    assertThat(overdueWork.escalateDue()).isGreaterThanOrEqualTo(1);
    overdueWork.escalateDue();
    FullRunScenario.openTask(max, id, ESCALATION);
    FullRunScenario.openTask(hana, id, ESCALATION);
    assertThat(Api.list(Api.map(hana.get("/api/work?due=overdue")).get("items")))
        .extracting(row -> row.get("taskId"))
        .contains(consent);

    // A new date needs a reason and a day after today; another agency cannot give one.
    String redate = "/api/work/" + consent + "/due-date";
    ResponseEntity<Object> noReason =
        hana.exchange(HttpMethod.PUT, redate, Map.of("dueOn", tomorrow()), Map.of());
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().toString()).contains("reason");
    ResponseEntity<Object> past =
        hana.exchange(
            HttpMethod.PUT,
            redate,
            Map.of("dueOn", LocalDate.now().minusDays(1).toString(), "reason", "Away"),
            Map.of());
    assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(past.getBody().toString()).contains("dueOn");
    assertThat(
            Api.as(port, "sara")
                .exchange(
                    HttpMethod.PUT,
                    redate,
                    Map.of("dueOn", tomorrow(), "reason", "Not mine"),
                    Map.of())
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Object> redated =
        hana.exchange(
            HttpMethod.PUT,
            redate,
            Map.of("dueOn", tomorrow(), "reason", "Mother in hospital; visit booked for tomorrow"),
            Map.of());
    assertThat(redated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(openEscalations(hana, id)).isEmpty();
    List<String> story = chronology(hana, id);
    assertThat(story)
        .anyMatch(s -> s.startsWith("Overdue and escalated to managers and the lead professional"))
        .anyMatch(s -> s.contains("given a new date, " + tomorrow() + ": Mother in hospital"));

    // Overdue again: escalated again; managers give it a new date from the escalation.
    overdue(consent);
    overdueWork.escalateDue();
    Map<String, Object> escalation = FullRunScenario.openTask(max, id, ESCALATION);
    ResponseEntity<Object> refused =
        max.post(
            "/engine-rest/task/" + escalation.get("id") + "/submit-form",
            Api.variables(Map.of("overdueAction", "redated", "overdueNotes", "x")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().toString()).contains("newDueDate");
    FullRunScenario.complete(
        max,
        id,
        ESCALATION,
        Map.of(
            "overdueAction",
            "redated",
            "newDueDate",
            LocalDate.now().plusDays(2).toString(),
            "overdueNotes",
            "Agreed with the health visitor at supervision"));
    Task dated = taskService.createTaskQuery().taskId(consent).singleResult();
    assertThat(dated.getDueDate()).isAfter(new Date());

    // Done: its escalation ends with it.
    overdue(consent);
    overdueWork.escalateDue();
    assertThat(openEscalations(hana, id)).hasSize(1);
    FullRunScenario.complete(
        hana, id, CONSENT, Map.of("consentBasis", "given", "consentReason", "Agreed at the visit"));
    assertThat(openEscalations(hana, id)).isEmpty();
  }

  private void overdue(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(OffsetDateTime.now().minusDays(5).toInstant()));
    taskService.saveTask(task);
  }

  private static String tomorrow() {
    return LocalDate.now().plusDays(1).toString();
  }

  private static List<Object> openEscalations(Api as, String id) {
    return Api.list(as.get("/engine-rest/task?processInstanceBusinessKey=" + id)).stream()
        .map(t -> t.get("name"))
        .filter(name -> (ESCALATION + " · " + id).equals(name))
        .toList();
  }

  private static List<String> chronology(Api as, String id) {
    return Api.list(Api.map(as.get("/api/cases/" + id + "/chronology")).get("items")).stream()
        .map(item -> (String) item.get("summary"))
        .toList();
  }
}
