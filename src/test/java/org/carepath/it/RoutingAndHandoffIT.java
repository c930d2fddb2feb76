package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.pathway.AgencyTaskProcess;
import org.carepath.testing.RoutedTaskAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/** Agency tasks and handoffs over HTTP, as the agencies' practitioners and managers use them. */
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:file:./target/it-h2/${random.uuid};DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0")
class RoutingAndHandoffIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.carepath.deadlines.OverdueWork overdueWork;

  /** The task's date has passed and the hourly check of overdue work runs. */
  private void pastItsDate(String taskId) {
    org.camunda.bpm.engine.task.Task task =
        taskService.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(new java.util.Date(System.currentTimeMillis() - 86_400_000L));
    taskService.saveTask(task);
    assertThat(overdueWork.escalateDue()).isPositive();
  }

  /**
   * Level 4 (a child at immediate risk) with domestic abuse, led by health visiting until
   * children's social care accepts the handoff.
   */
  private String caseAtLevelFourWithDomesticAbuse() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.referredWithConsent(hana, "given", "agreed");
    Map<String, Object> assessment =
        new java.util.HashMap<>(
            FullRunScenario.assessment(
                "problematic", List.of("fear-of-violence", "no-routine"), List.of(), true));
    assessment.put("domesticAbuse", true);
    assessment.put("immediateRiskOfHarm", true);
    FullRunScenario.complete(hana, id, "Assess family", assessment);
    FullRunScenario.complete(
        hana, id, "Confirm or override level", Map.of("levelDecision", "confirm"));
    return id;
  }

  @Test
  void twoAgenciesEachSeeOnlyTheirOwnTasksAndCompleteThem() {
    String id = caseAtLevelFourWithDomesticAbuse();
    Api dan = Api.as(port, "dan");
    Api ida = Api.as(port, "ida");

    List<Map<String, Object>> dansTasks = tasks(dan, id);
    List<Map<String, Object>> idasTasks = tasks(ida, id);
    assertThat(dansTasks).isNotEmpty();
    assertThat(idasTasks)
        .extracting(t -> t.get("name"))
        .contains("Domestic abuse risk assessment · " + id);
    assertThat(dansTasks)
        .extracting(t -> t.get("id"))
        .doesNotContainAnyElementsOf(idasTasks.stream().map(t -> t.get("id")).toList());
    for (Map<String, Object> task : dansTasks) {
      assertThat(candidateGroups(dan, task)).containsExactly("drug-alcohol-service");
    }

    String idasTask = (String) idasTasks.get(0).get("id");
    Map<String, Object> idasAnswers = answersFor(ida, idasTask);
    assertThat(
            dan.post("/engine-rest/task/" + idasTask + "/submit-form", Api.variables(idasAnswers))
                .getStatusCode()
                .is4xxClientError())
        .isTrue();
    assertThat(
            ida.post(
                    "/engine-rest/task/" + idasTask + "/submit-form",
                    Api.variables(Map.of("taskOutcome", "assessed")))
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            ida.post("/engine-rest/task/" + idasTask + "/submit-form", Api.variables(idasAnswers))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String dansTask = (String) dansTasks.get(0).get("id");
    assertThat(
            dan.post(
                    "/engine-rest/task/" + dansTask + "/submit-form",
                    Api.variables(answersFor(dan, dansTask)))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    List<Map<String, Object>> agencyTasks =
        Api.list(Api.map(dan.get("/api/cases/" + id)).get("agencyTasks"));
    assertThat(agencyTasks)
        .filteredOn(t -> "DONE".equals(t.get("status")))
        .extracting(t -> t.get("closedBy"))
        .containsExactlyInAnyOrder("ida", "dan");
    assertThat(Api.as(port, "mia").get("/api/cases/" + id).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void eachAgencyListsOnlyTheCasesItWorksOn() {
    String involvingDrugServices = caseAtLevelFourWithDomesticAbuse();
    String healthVisitingOnly = FullRunScenario.refer(Api.as(port, "hana"));

    assertThat(caseIds(Api.as(port, "dan"), ""))
        .contains(involvingDrugServices)
        .doesNotContain(healthVisitingOnly);
    assertThat(caseIds(Api.as(port, "hana"), ""))
        .contains(involvingDrugServices, healthVisitingOnly);
    assertThat(caseIds(Api.as(port, "max"), "?status=OPEN"))
        .contains(involvingDrugServices, healthVisitingOnly);
    assertThat(caseIds(Api.as(port, "dee"), "")).isEmpty();
    assertThat(caseIds(Api.as(port, "hana"), "?status=CLOSED")).doesNotContain(healthVisitingOnly);
    ResponseEntity<Object> bad = Api.as(port, "hana").get("/api/cases?status=maybe&size=0");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(bad)).containsExactlyInAnyOrder("status", "size");
  }

  private static List<Object> caseIds(Api as, String query) {
    return Api.list(Api.map(as.get("/api/cases" + query)).get("items")).stream()
        .map(c -> c.get("id"))
        .toList();
  }

  @Test
  void theRoutingFollowsTheContractExamples() {
    String id = caseAtLevelFourWithDomesticAbuse();
    List<Map<String, Object>> open = FullRunScenario.openAgencyTasks(Api.as(port, "hana"), id);

    assertThat(open)
        .extracting(t -> t.get("agency") + ":" + t.get("taskKey"))
        .contains(
            "domestic-abuse:domestic-abuse-risk-assessment",
            "school:school-welfare-review",
            "children-social-care:social-work-assessment")
        .anyMatch(pair -> ((String) pair).endsWith(":signpost-protective-services"))
        .doesNotHaveDuplicates();
  }

  @Test
  void aReassessmentReroutesWithoutDuplicatesAndClosesWhatIsNoLongerNeeded() {
    Api hana = Api.as(port, "hana");
    String id = caseAtLevelFourWithDomesticAbuse();
    FullRunScenario.handOff(hana, Api.as(port, "sam"), id, "Sam leads now");
    Api sam = Api.as(port, "sam");
    List<Map<String, Object>> before = FullRunScenario.openAgencyTasks(sam, id);

    // The same picture again: nothing new, nothing closed.
    Api.as(port, "sara")
        .post(
            "/api/cases/" + id + "/concerns",
            Map.of("agency", "school", "description", "Late again"));
    Map<String, Object> same =
        new java.util.HashMap<>(
            FullRunScenario.assessment(
                "problematic", List.of("fear-of-violence", "no-routine"), List.of(), true));
    same.put("domesticAbuse", true);
    same.put("immediateRiskOfHarm", true);
    FullRunScenario.complete(sam, id, "Assess family", same);
    FullRunScenario.complete(
        sam, id, "Confirm or override level", Map.of("levelDecision", "confirm"));
    assertThat(FullRunScenario.openAgencyTasks(sam, id))
        .extracting(t -> t.get("id"))
        .containsExactlyInAnyOrderElementsOf(before.stream().map(t -> t.get("id")).toList());

    // Domestic abuse is over: its tasks close with the reason recorded, the rest stay.
    Api.as(port, "sara")
        .post(
            "/api/cases/" + id + "/concerns",
            Map.of("agency", "school", "description", "Father has left"));
    Map<String, Object> safer = new java.util.HashMap<>(same);
    safer.put("domesticAbuse", false);
    FullRunScenario.complete(sam, id, "Assess family", safer);
    FullRunScenario.complete(
        sam, id, "Confirm or override level", Map.of("levelDecision", "confirm"));

    List<Map<String, Object>> all =
        Api.list(Api.map(sam.get("/api/cases/" + id)).get("agencyTasks"));
    assertThat(all)
        .filteredOn(t -> "domestic-abuse".equals(t.get("agency")))
        .allSatisfy(
            t -> {
              assertThat(t.get("status")).isEqualTo("WITHDRAWN");
              assertThat((String) t.get("notes")).contains("No longer needed");
            });
    assertThat(all)
        .filteredOn(t -> "OPEN".equals(t.get("status")))
        .extracting(t -> t.get("agency") + ":" + t.get("taskKey"))
        .doesNotHaveDuplicates()
        .contains("children-social-care:social-work-assessment");
    assertThat(tasks(Api.as(port, "ida"), id)).isEmpty();
  }

  @Test
  void anOverdueAgencyTaskIsEscalatedToManagers() {
    String id = caseAtLevelFourWithDomesticAbuse();
    Map<String, Object> idasTask = tasks(Api.as(port, "ida"), id).get(0);

    pastItsDate((String) idasTask.get("id"));

    List<Map<String, Object>> managersTasks = tasks(Api.as(port, "max"), id);
    assertThat(managersTasks)
        .extracting(t -> t.get("name"))
        .contains("Act on an overdue step · " + id);
    assertThat(tasks(Api.as(port, "ida"), id))
        .extracting(t -> t.get("id"))
        .contains(idasTask.get("id"));
    assertThat(Api.list(Api.map(Api.as(port, "max").get("/api/cases/" + id)).get("agencyTasks")))
        .filteredOn(t -> "domestic-abuse".equals(t.get("agency")))
        .allSatisfy(t -> assertThat(t.get("escalatedAt")).isNotNull());
  }

  @Test
  void aDeclinedHandoffReturnsToTheSenderWhoStaysLead() {
    String id = caseAtLevelFourWithDomesticAbuse();
    Api hana = Api.as(port, "hana");
    Api sam = Api.as(port, "sam");

    ResponseEntity<Object> incomplete =
        hana.post(
            "/engine-rest/task/"
                + FullRunScenario.openTask(hana, id, "Record what continues and what stops")
                    .get("id")
                + "/submit-form",
            Api.variables(
                Map.of(
                    "agencyPlans",
                    List.of(
                        Map.of(
                            "agency",
                            "health-visiting",
                            "continues",
                            "visits",
                            "stops",
                            "nothing")),
                    "sharedInformation",
                    "assessment",
                    "sharingBasis",
                    "given")));
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.map(incomplete).get("message").toString()).contains("domestic-abuse");

    Map<String, Object> caseFile = Api.map(hana.get("/api/cases/" + id));
    List<Map<String, Object>> plans = new java.util.ArrayList<>();
    for (String agency :
        new java.util.TreeSet<>(
            FullRunScenario.openAgencyTasks(hana, id).stream()
                .map(t -> (String) t.get("agency"))
                .toList())) {
      plans.add(Map.of("agency", agency, "continues", "its work", "stops", "nothing"));
    }
    plans.add(Map.of("agency", "health-visiting", "continues", "visits", "stops", "lead role"));
    FullRunScenario.complete(
        hana,
        id,
        "Record what continues and what stops",
        Map.of("agencyPlans", plans, "sharedInformation", "assessment", "sharingBasis", "given"));
    String answer =
        (String) FullRunScenario.openTask(sam, id, "Accept or decline the handoff").get("id");
    assertThat(
            sam.post(
                    "/engine-rest/task/" + answer + "/submit-form",
                    Api.variables(Map.of("handoffAnswer", "decline")))
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    FullRunScenario.complete(
        sam,
        id,
        "Accept or decline the handoff",
        Map.of(
            "handoffAnswer",
            "decline",
            "handoffAnswerReason",
            "Please hold a strategy meeting first"));

    assertThat(FullRunScenario.openTask(hana, id, "Handoff declined: decide what next"))
        .isNotNull();
    caseFile = Api.map(hana.get("/api/cases/" + id));
    assertThat(caseFile).containsEntry("leadAgency", "health-visiting");
    assertThat(Api.list(caseFile.get("handoffs")))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.get("status")).isEqualTo("DECLINED");
              assertThat(h.get("decisionReason")).isEqualTo("Please hold a strategy meeting first");
              assertThat(Api.list(h.get("agencyPlans")))
                  .extracting(p -> p.get("agency"))
                  .contains("health-visiting", "domestic-abuse");
            });
    assertThat(FullRunScenario.openAgencyTasks(hana, id)).isNotEmpty();
  }

  @Test
  void aConcernDuringAHandoffIsQueuedAndAssessedOnceTheLeadIsSettled() {
    String id = caseAtLevelFourWithDomesticAbuse();

    ResponseEntity<Object> concern =
        Api.as(port, "sara")
            .post(
                "/api/cases/" + id + "/concerns",
                Map.of("agency", "school", "description", "Bruises on Cara's arm"));
    assertThat(Api.map(concern)).containsEntry("reassessment", "queued");
    FullRunScenario.handOff(Api.as(port, "hana"), Api.as(port, "sam"), id, "Sam leads now");

    assertThat(FullRunScenario.openTask(Api.as(port, "sam"), id, "Assess family")).isNotNull();
  }

  @Test
  void anUnansweredHandoffIsEscalatedToManagers() {
    String id = caseAtLevelFourWithDomesticAbuse();
    FullRunScenario.complete(
        Api.as(port, "hana"),
        id,
        "Record what continues and what stops",
        Map.of(
            "agencyPlans",
            plansFor(id),
            "sharedInformation",
            "assessment",
            "sharingBasis",
            "given"));
    String answer =
        (String)
            FullRunScenario.openTask(Api.as(port, "sam"), id, "Accept or decline the handoff")
                .get("id");

    pastItsDate(answer);

    assertThat(tasks(Api.as(port, "max"), id))
        .extracting(t -> t.get("name"))
        .contains("Act on an overdue step · " + id);
    assertThat(FullRunScenario.openTask(Api.as(port, "sam"), id, "Accept or decline the handoff"))
        .isNotNull();
    assertThat(Api.list(Api.map(Api.as(port, "max").get("/api/cases/" + id)).get("handoffs")))
        .singleElement()
        .satisfies(h -> assertThat(h.get("escalatedAt")).isNotNull());
  }

  @Test
  void theLeadAgencyCanTransferTheCaseAndOnlyTheLead() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.atLevelOne(hana);

    assertThat(
            Api.as(port, "sara")
                .post(
                    "/api/cases/" + id + "/transfers", Map.of("toAgency", "school", "reason", "x"))
                .getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<Object> invalid =
        hana.post(
            "/api/cases/" + id + "/transfers",
            Map.of("toAgency", "health-visiting", "reason", "x"));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(invalid)).containsExactly("toAgency");

    ResponseEntity<Object> started =
        hana.post(
            "/api/cases/" + id + "/transfers",
            Map.of("toAgency", "school", "reason", "The school sees the children daily"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    FullRunScenario.handOff(hana, Api.as(port, "sara"), id, "Mrs Reid at school leads now");

    Map<String, Object> caseFile = Api.map(hana.get("/api/cases/" + id));
    assertThat(caseFile).containsEntry("leadAgency", "school");
    assertThat(Api.list(caseFile.get("handoffs")))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.get("kind")).isEqualTo("TRANSFER");
              assertThat(h.get("requestReason")).isEqualTo("The school sees the children daily");
            });
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("family-pathway")
                .processInstanceBusinessKey(id)
                .count())
        .isEqualTo(1);
  }

  private List<Map<String, Object>> plansFor(String id) {
    java.util.Set<String> agencies = new java.util.TreeSet<>(List.of("health-visiting"));
    FullRunScenario.openAgencyTasks(Api.as(port, "hana"), id)
        .forEach(t -> agencies.add((String) t.get("agency")));
    return agencies.stream()
        .map(a -> Map.<String, Object>of("agency", a, "continues", "its work", "stops", "nothing"))
        .toList();
  }

  /** Complete, valid answers for the form of this routed task. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> answersFor(Api as, String taskId) {
    String taskKey =
        (String)
            ((Map<String, Object>)
                    as.get("/engine-rest/task/" + taskId + "/variables/taskKey").getBody())
                .get("value");
    return RoutedTaskAnswers.valid(taskKey);
  }

  @Test
  void aRoutedTasksFormIsCheckedAndItsAnswersLandInTheCaseRecord() {
    String id = caseAtLevelFourWithDomesticAbuse();
    Api sam = Api.as(port, "sam");
    Map<String, Object> discussion =
        tasks(sam, id).stream()
            .filter(t -> ("Strategy discussion · " + id).equals(t.get("name")))
            .findFirst()
            .orElseThrow();
    String task = (String) discussion.get("id");
    Map<String, Object> bad =
        new java.util.HashMap<>(RoutedTaskAnswers.valid("strategy-discussion"));
    bad.put("taskOutcome", "family-declined");
    bad.put("discussionDate", java.time.LocalDate.now().plusDays(2).toString());
    bad.put("agencies", List.of("police"));

    ResponseEntity<Object> refused =
        sam.post("/engine-rest/task/" + task + "/submit-form", Api.variables(bad));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.map(refused).get("message").toString()).contains("taskOutcome");
    assertThat(tasks(sam, id)).extracting(t -> t.get("id")).contains(task);

    Map<String, Object> held =
        new java.util.HashMap<>(RoutedTaskAnswers.valid("strategy-discussion"));
    bad.remove("taskOutcome");
    ResponseEntity<Object> stillBad =
        sam.post(
            "/engine-rest/task/" + task + "/submit-form",
            Api.variables(
                Map.of(
                    "taskOutcome",
                    "held",
                    "taskNotes",
                    "x",
                    "discussionDate",
                    java.time.LocalDate.now().plusDays(2).toString(),
                    "agencies",
                    List.of("police"))));
    assertThat(Api.map(stillBad).get("message").toString())
        .contains("discussionDate", "agencies", "decision", "immediateActions");
    assertThat(
            sam.post("/engine-rest/task/" + task + "/submit-form", Api.variables(held))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> done =
        Api.list(Api.map(sam.get("/api/cases/" + id)).get("agencyTasks")).stream()
            .filter(t -> "children-social-care".equals(t.get("agency")))
            .filter(t -> "strategy-discussion".equals(t.get("taskKey")))
            .findFirst()
            .orElseThrow();
    assertThat(done).containsEntry("status", "DONE").containsEntry("outcome", "held");
    assertThat(Api.list(done.get("answers")))
        .extracting(a -> a.get("label") + ": " + a.get("value"))
        .contains(
            "Decision: Child protection enquiry",
            "Agencies that took part: Children's social care; Police; Health visiting");
  }

  private static List<Map<String, Object>> tasks(Api as, String caseId) {
    return Api.list(as.get("/engine-rest/task?processInstanceBusinessKey=" + caseId));
  }

  private static List<Object> candidateGroups(Api as, Map<String, Object> task) {
    return Api.list(
            as.get("/engine-rest/task/" + task.get("id") + "/identity-links?type=candidate"))
        .stream()
        .map(link -> link.get("groupId"))
        .toList();
  }

  @SuppressWarnings("unused")
  private static final String AGENCY_TASK = AgencyTaskProcess.KEY;
}
