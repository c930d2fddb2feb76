package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.chronology.ChildrenSeen;
import org.carepath.models.ModelDeployer;
import org.carepath.models.RunningCasesOnTheLatestPathway;
import org.carepath.pathway.FamilyPathway;
import org.carepath.stage.Stages;
import org.carepath.testing.AssessmentInputs;
import org.carepath.work.WorkItemsForRunningTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** The application over HTTP on its embedded default (an H2 file database of its own). */
// The engine registers itself by name ("default") for its REST API: one live context at a time.
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:file:./target/it-h2/${random.uuid};DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0")
class H2ApplicationIT {

  @LocalServerPort int port;
  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired ModelDeployer modelDeployer;
  @Autowired JdbcClient jdbc;

  /** Whatever a test did, each agency's kept total still matches its rows. */
  @AfterEach
  void workListTotalsInStep() {
    assertThat(PathwayTables.workListTotalsOutOfStep(jdbc)).isEmpty();
  }

  @Autowired Stages stages;
  @Autowired ChildrenSeen childrenSeen;
  @Autowired WorkItemsForRunningTasks workItemsForRunningTasks;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.carepath.deadlines.OverdueWork overdueWork;
  @Autowired RunningCasesOnTheLatestPathway runningCases;
  @Autowired org.carepath.audit.CaseAudits caseAudits;

  @Test
  void everyRequestWithoutCredentialsIsRefused() {
    for (String path :
        List.of("/engine-rest/task", "/engine-rest/process-definition", "/api/cases/CP-000001")) {
      ResponseEntity<Object> response = Api.anonymous(port).get(path);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
      assertThat(Api.map(response)).containsEntry("type", "urn:carepath:problem:unauthenticated");
    }
    assertThat(
            Api.anonymous(port)
                .post("/api/cases", Referrals.motherUsingHeroin("school"))
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aRunningCaseMovesToTheLatestPathwayAndGetsSupportInsteadOfClosing() throws Exception {
    // A case at Level 1 on the version before support after recovery existed.
    asAnEarlierReleaseDeployedIt(
        () ->
            repositoryService
                .createDeployment()
                .name("carepath-before-post-recovery")
                .addClasspathResource("models/family-pathway-before-post-recovery.bpmn")
                .deploy());
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.atLevelOne(hana);
    int before = pathwayVersion(id);
    try (InputStream current = Files.newInputStream(Path.of("bpmn/family-pathway.bpmn"))) {
      repositoryService
          .createDeployment()
          .name("carepath-current")
          .addInputStream("family-pathway.bpmn", current)
          .deploy();
    }

    assertThat(runningCases.migrate()).isPositive();

    assertThat(pathwayVersion(id)).isGreaterThan(before);
    FullRunScenario.fireTimer(runtimeService, managementService, id, FamilyPathway.KEY);
    FullRunScenario.review(hana, id, "level-stands", "Universal services meet the needs");
    assertThat(Api.map(hana.get("/api/cases/" + id))).containsEntry("status", "OPEN");
    FullRunScenario.openTask(hana, id, "Plan support after recovery with the family");
  }

  /**
   * The version a case started on was deployed by an earlier release, whose code named fewer
   * elements: today's deployment checks would refuse it, so they stand aside for the test.
   */
  private void asAnEarlierReleaseDeployedIt(Runnable deployment) {
    var configuration =
        (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
            processEngine.getProcessEngineConfiguration();
    List<org.camunda.bpm.engine.impl.persistence.deploy.Deployer> deployers =
        configuration.getDeployers();
    var withoutChecks =
        deployers.stream()
            .filter(deployer -> !deployer.getClass().getName().contains("CheckedDeployments"))
            .toList();
    assertThat(withoutChecks).as("all but the deployment checks").hasSize(deployers.size() - 1);
    configuration.getDeploymentCache().setDeployers(withoutChecks);
    try {
      deployment.run();
    } finally {
      configuration.getDeploymentCache().setDeployers(deployers);
    }
  }

  private int pathwayVersion(String caseId) {
    String definitionId =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(FamilyPathway.KEY)
            .processInstanceBusinessKey(caseId)
            .singleResult()
            .getProcessDefinitionId();
    return repositoryService.getProcessDefinition(definitionId).getVersion();
  }

  @Test
  void overdueWorkEscalatesUntilItIsDoneOrGivenANewDate() {
    new DeadlinesScenario(port, "max", taskService, overdueWork)
        .overdueWorkEscalatesUntilItIsDoneOrGivenANewDateWithAReason();
  }

  @Test
  void whatAnAgencyFindsLeadsSomewhere() {
    FindingsScenario scenario = new FindingsScenario(port, runtimeService);
    scenario.aSection47DecisionReassessesTheFamilyWithAnImmediateRisk();
    scenario.careplanningStartsTwinTrackAndSeriousConcernsGoToTheLead();
  }

  @Test
  void anImmediateRiskAtReferralIsActedOnBeforeConsent() {
    new ChildCentredScenario(port, "max", "mia").anImmediateRiskAtReferralIsActedOnBeforeConsent();
  }

  @Test
  void harmSeenInAChildSetsTheLevelWithNoDrugUseKnown() {
    new ChildCentredScenario(port, "max", "mia").neglectWithNoKnownUseIsProposedAtLevelThree();
  }

  @Test
  void anOverrideOfAnImmediateRiskWaitsForAManagersCountersignature() {
    ChildCentredScenario scenario = new ChildCentredScenario(port, "max", "mia");
    scenario.anOverrideOfAProposedImmediateRiskWaitsForAManagersCountersignature();
    scenario.aRefusedCountersignatureKeepsTheProposedLevel();
  }

  @Test
  void levelFourInPregnancyIsIntensiveSupportLedByTheMidwife() {
    new ChildCentredScenario(port, "max", "mia")
        .levelFourInPregnancyIsLedByTheMidwifeAndDeclinedConsentHoldsSocialCaresWork();
  }

  @Test
  void theWorkListShowsTheAgencysOpenTasksFromItsOwnReadModel() {
    new WorkListScenario(port).anAgencySeesItsOpenTasksAndTakesThemOn();
  }

  @Test
  void aCaseTellsItsStoryInOneChronology() {
    new ChronologyScenario(port, "ida").aCaseTellsItsStoryInOneTimeline();
  }

  @Test
  void theHiddenHarmDatasetCountsEachAdultsDependentChildren() {
    new ReportsScenario(port, "max").theHiddenHarmDatasetCountsEachAdultsDependentChildren();
  }

  @Test
  void theDashboardCountsTheFamiliesAsThePathwayRecordsThem() {
    new DashboardScenario(port, "max").theDashboardCountsTheFamiliesAsThePathwayRecordsThem();
  }

  @Test
  void aManagerAuditsACaseAtLevelFourAndTheLeadPutsRightWhatIsMissing() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.referredWithConsent(hana, "given", "Recorded at the visit");
    Map<String, Object> assessment =
        new java.util.HashMap<>(
            FullRunScenario.assessment("problematic", List.of(), List.of(), true));
    assessment.put("immediateRiskOfHarm", true);
    FullRunScenario.complete(hana, id, "Assess family", assessment);
    FullRunScenario.complete(
        hana, id, "Confirm or override level", Map.of("levelDecision", "confirm"));
    assertThat(Api.map(hana.get("/api/cases/" + id))).containsEntry("currentLevel", 4);

    caseAudits.startDueAudits();
    Api max = Api.as(port, "max");
    assertThat(Api.list(max.get("/engine-rest/task?processInstanceBusinessKey=" + id)))
        .as("not due before six weeks at Level 4")
        .noneMatch(t -> t.get("name").toString().startsWith("Audit the case"));

    // Six weeks and more at Level 4: the audit is due, once.
    jdbc.sql(
            "update carepath.level_period set from_at = :at where to_at is null and case_id ="
                + " (select id from carepath.family_case where reference = :r)")
        .param("at", java.time.OffsetDateTime.now().minusDays(43))
        .param("r", id)
        .update();
    caseAudits.startDueAudits();
    caseAudits.startDueAudits();
    Map<String, Object> task =
        FullRunScenario.openTask(max, id, "Audit the case against the managers' checklist");

    Map<String, Object> answers = new java.util.HashMap<>();
    for (var question : org.carepath.pathway.CaseAuditProcess.QUESTIONS) {
      answers.put(question.answerVariable(), "yes");
    }
    answers.put("audit_partnersIncluded", "no");
    ResponseEntity<Object> noGap =
        max.post("/engine-rest/task/" + task.get("id") + "/submit-form", Api.variables(answers));
    assertThat(noGap.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(noGap)).containsExactly("audit_partnersIncluded_gap");

    answers.put("audit_partnersIncluded_gap", "The father, Ray, has not been asked about his use.");
    FullRunScenario.complete(max, id, "Audit the case against the managers' checklist", answers);

    String lead = (String) Api.map(hana.get("/api/cases/" + id)).get("leadAgency");
    Api leadUser = Api.as(port, "health-visiting".equals(lead) ? "hana" : "sam");
    Map<String, Object> followUp =
        FullRunScenario.openTask(leadUser, id, "Act on what the audit found");
    Map<String, Object> shown =
        Api.map(
            leadUser.get(
                "/engine-rest/task/"
                    + followUp.get("id")
                    + "/form-variables?deserializeValues=false"));
    assertThat(((Map<?, ?>) shown.get("auditGaps")).get("value").toString())
        .contains("Does the assessment include partners and fathers?", "Ray");
    FullRunScenario.complete(
        leadUser, id, "Act on what the audit found", Map.of("auditResponse", "Met Ray on Tuesday"));

    assertThat(
            Api.list(Api.map(max.get("/api/cases/" + id + "/chronology?kind=audit")).get("items")))
        .singleElement()
        .satisfies(
            item ->
                assertThat(item.get("summary").toString())
                    .isEqualTo(
                        "Managers' audit at Level 4: 1 of the checklist's questions answered no")
                    .doesNotContain("Ray"));
    assertThat(
            Api.list(
                Api.map(max.get("/api/cases/" + id + "/chronology?kind=audit-answered"))
                    .get("items")))
        .extracting(item -> item.get("by"))
        .containsExactly("health-visiting".equals(lead) ? "hana" : "sam");
    List<Map<String, Object>> audits = Api.list(Api.map(max.get("/api/cases/" + id)).get("audits"));
    assertThat(audits)
        .singleElement()
        .satisfies(
            audit -> {
              assertThat(audit)
                  .containsEntry("level", 4)
                  .containsEntry("status", "DONE")
                  .containsEntry("auditedBy", "max")
                  .containsEntry("followUpResponse", "Met Ray on Tuesday");
              assertThat(Api.list(audit.get("answers")))
                  .hasSize(8)
                  .filteredOn(a -> "no".equals(a.get("answer")))
                  .singleElement()
                  .satisfies(a -> assertThat(a.get("missing").toString()).contains("Ray"));
            });
  }

  @Test
  void theAssessmentRecordsTheChildrenItSaw() {
    new ChronologyScenario(port, "ida").theAssessmentRecordsTheChildrenItSaw();
  }

  @Test
  void aChildAtLevelFourNotSeenInTimeGivesTheLeadATask() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.referredWithConsent(hana, "given", "agreed");
    Map<String, Object> atRisk =
        new HashMap<>(FullRunScenario.assessment("chaotic", List.of(), List.of(), true));
    atRisk.put("immediateRiskOfHarm", true);
    FullRunScenario.complete(hana, id, "Assess family", atRisk);
    FullRunScenario.complete(
        hana, id, "Confirm or override level", Map.of("levelDecision", "confirm"));
    jdbc.sql(
            "update carepath.family_case set referred_at = referred_at - interval '20' day"
                + " where reference = :r")
        .param("r", id)
        .update();

    assertThat(childrenSeen.askLeadsToSeeChildren()).isGreaterThanOrEqualTo(2);
    assertThat(Api.list(Api.map(hana.get("/api/cases/" + id)).get("childrenSeen")))
        .allSatisfy(child -> assertThat(child).containsEntry("overdue", true));

    // Ben is seen by the health visitor on a visit: his task is done.
    FullRunScenario.openTask(hana, id, "See and speak with the child · Ben Example");
    hana.post(
        "/api/cases/" + id + "/child-seen",
        Map.of(
            "child",
            "Ben Example",
            "seenOn",
            LocalDate.now().toString(),
            "seenAlone",
            false,
            "childViews",
            "Ben showed me his room"));
    assertThat(Api.list(hana.get("/engine-rest/task?processInstanceBusinessKey=" + id)))
        .extracting(t -> (String) t.get("name"))
        .noneMatch(name -> name.startsWith("See and speak with the child · Ben"));

    // Cara's task is done through its form, which asks for her own words.
    Map<String, Object> task =
        FullRunScenario.openTask(hana, id, "See and speak with the child · Cara Example");
    ResponseEntity<Object> noWords =
        hana.post(
            "/engine-rest/task/" + task.get("id") + "/submit-form",
            Api.variables(Map.of("seenOn", LocalDate.now().toString(), "seenAlone", true)));
    assertThat(noWords.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(noWords.getBody())).contains("childViews");
    FullRunScenario.complete(
        hana,
        id,
        "See and speak with the child · Cara Example",
        Map.of(
            "seenOn",
            LocalDate.now().toString(),
            "seenAlone",
            true,
            "childViews",
            "Cara says she worries about mum"));

    assertThat(Api.list(Api.map(hana.get("/api/cases/" + id)).get("childrenSeen")))
        .allSatisfy(
            child ->
                assertThat(child)
                    .containsEntry("overdue", false)
                    .containsEntry("lastSeenOn", LocalDate.now().toString()));
    childrenSeen.askLeadsToSeeChildren();
    assertThat(Api.list(hana.get("/engine-rest/task?processInstanceBusinessKey=" + id)))
        .extracting(t -> (String) t.get("name"))
        .noneMatch(name -> name.startsWith("See and speak with the child"));
  }

  @Test
  void tasksOpenBeforeTheWorkListExistedAreAddedOnceAtStart() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.refer(hana);
    String taskId =
        (String) FullRunScenario.openTask(hana, id, "Record information-sharing consent").get("id");
    // As the database was before the work list: neither the task's row nor its agency's total.
    jdbc.sql("delete from carepath.work_item where task_id = :t").param("t", taskId).update();
    jdbc.sql(
            "update carepath.work_item_total set open_tasks = open_tasks - 1"
                + " where group_id = 'health-visiting' and stripe = (select min(stripe)"
                + " from carepath.work_item_total where group_id = 'health-visiting'"
                + " and open_tasks > 0)")
        .update();
    jdbc.sql("delete from carepath.work_item_backfill").update();

    workItemsForRunningTasks.addOnce();

    assertThat(
            jdbc.sql("select group_id from carepath.work_item where task_id = :t")
                .param("t", taskId)
                .query(String.class)
                .list())
        .containsExactly("health-visiting");
    assertThat(
            jdbc.sql("select count(*) from carepath.work_item_backfill").query(Long.class).single())
        .isEqualTo(1);
  }

  // --- the workspace and its sign-in -------------------------------------------------------

  @Test
  void theWorkspaceWorksInARealBrowser() throws Exception {
    String id = FullRunScenario.refer(Api.as(port, "hana"));
    InTheBrowser.run("workspace.mjs", port, Map.of("CASE_ID", id, "CHILD", "Ben Example"));
    assertThat(
            jdbc.sql(
                    "select count(*) from carepath.access_entry where case_reference = :r"
                        + " and user_id = 'hana' and what = 'case-file' and surface = 'workspace'")
                .param("r", id)
                .query(Long.class)
                .single())
        .as("every view of the case page is in the access log")
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void theDashboardWorksInARealBrowser() throws Exception {
    String atLevelOne = FullRunScenario.atLevelOne(Api.as(port, "hana"));
    Map<String, Object> summary = Api.map(Api.as(port, "max").get("/api/dashboard/summary"));
    Map<String, Object> levelOne =
        Api.map(Api.as(port, "max").get("/api/dashboard/summary?level=1"));
    InTheBrowser.run(
        "dashboard.mjs",
        port,
        Map.of(
            "OPEN_CASES", summary.get("openCases").toString(),
            "LEVEL_ONE", levelOne.get("openCases").toString(),
            "LEVEL_ONE_CASE", atLevelOne));
  }

  @Test
  void pagesSendWhoeverIsNotSignedInToTheLoginPage() {
    SignedInBrowser anonymous = SignedInBrowser.anonymous(port);
    for (String path : List.of("/", "/cases/CP-000001", "/camunda/app/tasklist/default/")) {
      var page = anonymous.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(302);
      assertThat(page.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
    }
    assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordOnTheLoginFormSaysSoAndSignsNoOneIn() {
    SignedInBrowser browser = SignedInBrowser.anonymous(port);
    var answer = browser.submitLogin("dee", "not-the-password");
    assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void aSignedInSessionNeedsItsTokenForEveryChange() {
    String id = FullRunScenario.refer(Api.as(port, "hana"));
    SignedInBrowser hana = SignedInBrowser.signIn(port, "hana", "demo");
    String entry =
        "{\"occurredOn\":\"2026-11-30\",\"kind\":\"note\",\"summary\":\"Phoned mother\"}";

    var forged = hana.postJson("/api/cases/" + id + "/chronology", entry, false);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("urn:carepath:problem:session-expired");
    assertThat(hana.postJson("/api/cases/" + id + "/chronology", entry, true).statusCode())
        .isEqualTo(201);
    assertThat(hana.get("/api/work").statusCode()).isEqualTo(200);
  }

  @Test
  void theWebappsTrustTheWorkspaceSignIn() {
    SignedInBrowser hana = SignedInBrowser.signIn(port, "hana", "demo");
    assertThat(hana.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    var user = hana.get("/camunda/api/admin/auth/user/default");
    assertThat(user.statusCode()).isEqualTo(200);
    assertThat(user.body()).contains("\"userId\":\"hana\"");
  }

  @Test
  void pagesCarryHeadersForRecordsAboutChildren() {
    String id = FullRunScenario.refer(Api.as(port, "hana"));
    SignedInBrowser hana = SignedInBrowser.signIn(port, "hana", "demo");
    var page = hana.get("/cases/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(page.body()).doesNotContain("<script>").contains("type=\"module\"");

    var refused = SignedInBrowser.signIn(port, "sara", "demo").get("/cases/" + id);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("You cannot open this case");
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThat(Api.as(port, "sam", "not-demo").get("/engine-rest/task").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void demoUsersLogInAndBelongToTheirGroups() {
    Map<String, String> groupOf =
        Map.of(
            "sam",
            "children-social-care",
            "mia",
            "midwifery",
            "hana",
            "health-visiting",
            "dan",
            "drug-alcohol-service",
            "sara",
            "school",
            "ida",
            "domestic-abuse",
            "max",
            "managers",
            "dee",
            "service-designers",
            "admin",
            "camunda-admin");
    groupOf.forEach(
        (user, group) -> {
          assertThat(Api.as(port, user).get("/engine-rest/task").getStatusCode())
              .as(user)
              .isEqualTo(HttpStatus.OK);
          assertThat(identityService.createGroupQuery().groupMember(user).list())
              .extracting(g -> g.getId())
              .containsExactly(group);
        });
  }

  @Test
  void everyContractGroupExists() {
    List<String> groups =
        List.of(
            "children-social-care",
            "midwifery",
            "health-visiting",
            "drug-alcohol-service",
            "young-peoples-drug-service",
            "gp",
            "school",
            "early-years",
            "housing",
            "domestic-abuse",
            "marac",
            "police",
            "probation",
            "voluntary-sector",
            "young-carers",
            "managers",
            "service-designers",
            "camunda-admin");
    for (String group : groups) {
      assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
    }
  }

  @Test
  void anAgencyUserSeesOnlyTheirOwnAgencysTasksAndCases() {
    String id = FullRunScenario.refer(Api.as(port, "hana"));

    List<Map<String, Object>> hanasTasks =
        Api.list(Api.as(port, "hana").get("/engine-rest/task?processInstanceBusinessKey=" + id));
    assertThat(hanasTasks)
        .extracting(t -> t.get("name"))
        .containsExactly("Record information-sharing consent · " + id);
    String taskId = (String) hanasTasks.get(0).get("id");

    Api sam = Api.as(port, "sam");
    assertThat(Api.list(sam.get("/engine-rest/task?processInstanceBusinessKey=" + id))).isEmpty();
    assertThat(sam.get("/engine-rest/task/" + taskId).getStatusCode().is4xxClientError()).isTrue();
    assertThat(
            sam.post("/engine-rest/task/" + taskId + "/complete", Map.of())
                .getStatusCode()
                .is4xxClientError())
        .isTrue();
    assertThat(sam.get("/api/cases/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sam.get("/engine-rest/process-instance?businessKey=" + id).getBody())
        .asList()
        .isEmpty();

    assertThat(Api.as(port, "max").get("/api/cases/" + id).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "hana").get("/api/cases/" + id).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            FullRunScenario.openTask(
                Api.as(port, "hana"), id, "Record information-sharing consent"))
        .isNotNull();
  }

  @Test
  void serviceDesignersNeitherReferNorReadFamilies() {
    Api dee = Api.as(port, "dee");
    String id = FullRunScenario.refer(Api.as(port, "hana"));

    ResponseEntity<Object> referral = dee.post("/api/cases", Referrals.motherUsingHeroin("school"));

    assertThat(referral.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.map(referral)).containsEntry("type", "urn:carepath:problem:not-an-agency");
    assertThat(dee.get("/api/cases/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.list(dee.get("/engine-rest/task"))).isEmpty();
  }

  @Test
  void anInvalidReferralNamesEachBadFieldAndStoresNothing() {
    long cases = caseCount();
    Map<String, Object> bad =
        Map.of(
            "referringAgency",
            "the-moon",
            "reason",
            " ",
            "adults",
            List.of(Map.of("name", "", "role", "mother", "pregnant", true)),
            "children",
            List.of(Map.of("name", "Kim", "dateOfBirth", "2099-01-01")));

    ResponseEntity<Object> response = Api.as(port, "hana").post("/api/cases", bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString()).contains("json");
    assertThat(Api.errorFields(response))
        .contains(
            "referringAgency",
            "reason",
            "adults[0].name",
            "adults[0].expectedDeliveryDate",
            "children[0].dateOfBirth",
            "children[0].livesWith");
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void anUnreadableValueNamesItsField() {
    Map<String, Object> referral =
        new java.util.HashMap<>(Referrals.motherUsingHeroin("health-visiting"));
    referral.put(
        "children",
        List.of(Map.of("name", "Kim", "dateOfBirth", "2021-13-45", "livesWith", "mother")));

    ResponseEntity<Object> response = Api.as(port, "hana").post("/api/cases", referral);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(response)).containsExactly("children[0].dateOfBirth");
  }

  @Test
  void aPregnancyReferralNeedsNoBornChild() {
    ResponseEntity<Object> response =
        Api.as(port, "mia").post("/api/cases", Referrals.pregnantMother("midwifery"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void anUnknownCaseIsNotFoundWithAProblemBody() {
    ResponseEntity<Object> response = Api.as(port, "max").get("/api/cases/CP-999999");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.map(response)).containsEntry("type", "urn:carepath:problem:case-not-found");
  }

  @Test
  void aConcernOnBehalfOfAnotherAgencyIsRefused() {
    String id = FullRunScenario.refer(Api.as(port, "hana"));
    ResponseEntity<Object> response =
        Api.as(port, "sara")
            .post("/api/cases/" + id + "/concerns", Map.of("agency", "police", "description", "x"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Object> blank =
        Api.as(port, "sara")
            .post("/api/cases/" + id + "/concerns", Map.of("agency", "school", "description", ""));
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(blank)).containsExactly("description");
  }

  @Test
  void aConcernDuringAnAssessmentIsAddedToIt() {
    String id = FullRunScenario.refer(Api.as(port, "hana"));
    ResponseEntity<Object> response =
        Api.as(port, "hana")
            .post(
                "/api/cases/" + id + "/concerns",
                Map.of("agency", "health-visiting", "description", "Missed the clinic again"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(Api.map(response)).containsEntry("reassessment", "added-to-assessment");
  }

  @Test
  void anOverrideWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    Api hana = Api.as(port, "hana");
    String id =
        FullRunScenario.referredWithConsent(
            hana,
            "not-sought-risk-to-child",
            "Father is violent; asking would put the children at risk");
    FullRunScenario.complete(
        hana,
        id,
        "Assess family",
        FullRunScenario.assessment("chaotic", List.of("no-routine"), List.of(), true));
    Map<String, Object> task = FullRunScenario.openTask(hana, id, "Confirm or override level");

    ResponseEntity<Object> refused =
        hana.post(
            "/engine-rest/task/" + task.get("id") + "/submit-form",
            Api.variables(Map.of("levelDecision", "override", "overrideLevel", "1")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.map(refused).get("message").toString()).contains("overrideReason");
    assertThat(FullRunScenario.openTask(hana, id, "Confirm or override level"))
        .containsEntry("id", task.get("id"));
    List<Map<String, Object>> history =
        Api.list(Api.map(hana.get("/api/cases/" + id)).get("levelHistory"));
    assertThat(history).singleElement().satisfies(d -> assertThat(d.get("outcome")).isNull());
  }

  @Test
  void anIncompleteAssessmentIsRefusedNamingTheField() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.referredWithConsent(hana, "given", "agreed");
    Map<String, Object> task = FullRunScenario.openTask(hana, id, "Assess family");

    ResponseEntity<Object> refused =
        hana.post(
            "/engine-rest/task/" + task.get("id") + "/submit-form",
            Api.variables(
                Map.of("substanceUsePattern", "sometimes", "childIndicators", List.of())));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.map(refused).get("message").toString())
        .contains("substanceUsePattern", "assessmentSummary", "protectiveFactors");
    assertThat(FullRunScenario.openTask(hana, id, "Assess family"))
        .containsEntry("id", task.get("id"));
  }

  @Test
  void theTasklistStartFormRegistersACase() {
    long cases = caseCount();
    Map<String, Object> form = Referrals.startForm("school");

    ResponseEntity<Object> started =
        Api.as(port, "sara")
            .post(
                "/engine-rest/process-definition/key/family-pathway/submit-form",
                Api.variables(form));

    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String id = (String) Api.map(started).get("businessKey");
    assertThat(id).startsWith("CP-");
    Map<String, Object> caseFile = Api.map(Api.as(port, "sara").get("/api/cases/" + id));
    assertThat(Api.list(caseFile.get("adults")))
        .singleElement()
        .satisfies(a -> assertThat(a.get("substances")).asList().containsExactly("alcohol"));
    assertThat(caseCount()).isEqualTo(cases + 1);
    assertThat(runtimeService.getVariables((String) Api.map(started).get("id")))
        .doesNotContainKeys("adult1Name", "child1Name", "reason");
  }

  @Test
  void anInvalidStartFormIsRefusedAndStoresNothing() {
    long cases = caseCount();
    long instances = runtimeService.createProcessInstanceQuery().count();

    ResponseEntity<Object> refused =
        Api.as(port, "sara")
            .post(
                "/engine-rest/process-definition/key/family-pathway/submit-form",
                Api.variables(Map.of("referringAgency", "school", "adult1Name", "Sol")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.map(refused).get("message").toString()).contains("reason", "children");
    assertThat(caseCount()).isEqualTo(cases);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void theLevelDecisionEvaluatesThroughTheEngineRestApi() {
    Map<String, Object> inputs =
        decisionInputs(null, "chaotic", Set.of(AssessmentInputs.Concern.DOMESTIC_ABUSE), 0, 7, 2);

    ResponseEntity<Object> response =
        Api.as(port, "dan")
            .post(
                "/engine-rest/decision-definition/key/staged-intervention-level/evaluate",
                Map.of("variables", inputs));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> result = Api.list(response).get(0);
    assertThat(Api.list(response)).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> level = (Map<String, Object>) result.get("level");
    assertThat(level).containsEntry("type", "Integer");
    assertThat((Integer) level.get("value")).isGreaterThanOrEqualTo(3);
    assertThat(result).containsKeys("levelName", "reason");
  }

  @Test
  void theRoutingDecisionEvaluatesThroughTheEngineRestApi() {
    Map<String, Object> inputs =
        decisionInputs(
            3,
            "problematic",
            Set.of(
                AssessmentInputs.Concern.DOMESTIC_ABUSE, AssessmentInputs.Concern.SCHOOL_AGE_CHILD),
            2,
            7,
            0);

    ResponseEntity<Object> response =
        Api.as(port, "dan")
            .post(
                "/engine-rest/decision-definition/key/agency-task-routing/evaluate",
                Map.of("variables", inputs));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> rows =
        Api.list(response).stream()
            .map(row -> value(row, "agency") + ":" + value(row, "task"))
            .toList();
    assertThat(rows)
        .contains(
            "domestic-abuse:domestic-abuse-risk-assessment",
            "school:school-welfare-review",
            "children-social-care:social-work-assessment",
            "school:signpost-protective-services")
        .doesNotHaveDuplicates();
    assertThat(Api.list(response))
        .allSatisfy(
            row -> {
              assertThat((Integer) value(row, "dueInDays")).isPositive();
              assertThat((String) value(row, "reason")).isNotBlank();
            });
  }

  /** Typed engine REST variables for the decision tables; every flag not named is false. */
  private static Map<String, Object> decisionInputs(
      Integer level,
      String pattern,
      Set<AssessmentInputs.Concern> flagsOn,
      int indicators,
      int youngest,
      int protective) {
    Map<String, Object> inputs = new java.util.HashMap<>();
    new AssessmentInputs(level, pattern, flagsOn, indicators, youngest, protective)
        .variables()
        .forEach(
            (name, value) -> {
              if (value != null) {
                inputs.put(name, Map.of("value", value, "type", value.getClass().getSimpleName()));
              }
            });
    return inputs;
  }

  @SuppressWarnings("unchecked")
  private static Object value(Map<String, Object> row, String output) {
    return ((Map<String, Object>) row.get(output)).get("value");
  }

  @Test
  void theFullCaseRunsFromReferralToClosure() {
    new FullRunScenario(port, runtimeService, managementService).run();
  }

  @Test
  void unchangedModelsMakeNoNewVersion() {
    long versions =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("family-pathway")
            .count();
    long decisions =
        repositoryService
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey("staged-intervention-level")
            .count();

    modelDeployer.deploy();

    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("family-pathway")
                .count())
        .isEqualTo(versions);
    assertThat(
            repositoryService
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("staged-intervention-level")
                .count())
        .isEqualTo(decisions);
  }

  // --- advisories ---------------------------------------------------------------------------

  @Test
  void expressionsAreRefusedAnywhereInTaskQueries() {
    Api admin = Api.as(port, "admin");
    String expression = "${'x'.getClass().forName('java.lang.Runtime')}";
    List<ResponseEntity<Object>> attempts =
        List.of(
            admin.post("/engine-rest/task", Map.of("assigneeExpression", expression)),
            admin.post(
                "/engine-rest/task",
                Map.of("orQueries", List.of(Map.of("assigneeExpression", expression)))),
            admin.post(
                "/engine-rest/task/count",
                Map.of("orQueries", List.of(Map.of("candidateGroupsExpression", expression)))),
            admin.get(
                "/engine-rest/task?dueDateExpression="
                    + java.net.URLEncoder.encode(
                        expression, java.nio.charset.StandardCharsets.UTF_8)));
    for (ResponseEntity<Object> attempt : attempts) {
      assertThat(attempt.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(Api.map(attempt)).containsEntry("type", "urn:carepath:problem:refused-content");
    }
    assertThat(Api.errorFields(attempts.get(1))).containsExactly("orQueries[0].assigneeExpression");
  }

  @Test
  void expressionsAreRefusedInTheWebappsEngineApiToo() {
    SignedInBrowser hana = SignedInBrowser.signIn(port, "hana", "demo");
    // Opening a webapp page is what hands out the webapps' own CSRF token.
    assertThat(hana.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

    var query =
        hana.postToWebapp(
            "/camunda/api/engine/engine/default/task",
            "application/json",
            "{\"orQueries\":[{\"assigneeExpression\":\"${'x'.length()}\"}]}");

    assertThat(query.statusCode()).isEqualTo(400);
    assertThat(query.body()).contains("orQueries[0].assigneeExpression");
  }

  @Test
  void filtersWithExpressionsAreNeitherStoredNorRun() {
    Api admin = Api.as(port, "admin");
    long filters = filterService.createFilterQuery().count();
    String expression = "${currentUser()}";

    ResponseEntity<Object> created =
        admin.post(
            "/engine-rest/filter/create",
            Map.of(
                "resourceType",
                "Task",
                "name",
                "evil",
                "query",
                Map.of("orQueries", List.of(Map.of("assigneeExpression", expression)))));
    String filterId = filterService.createFilterQuery().list().get(0).getId();
    ResponseEntity<Object> extended =
        admin.post(
            "/engine-rest/filter/" + filterId + "/list",
            Map.of("candidateUserExpression", expression));
    ResponseEntity<Object> updated =
        admin.exchange(
            HttpMethod.PUT,
            "/engine-rest/filter/" + filterId,
            Map.of(
                "resourceType",
                "Task",
                "name",
                "evil",
                "query",
                Map.of("ownerExpression", expression)),
            Map.of());

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(filterService.createFilterQuery().filterName("evil").count()).isZero();
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    Map<String, Object> serialized =
        Map.of(
            "value",
            "rO0ABXQABGV2aWw=",
            "type",
            "Object",
            "valueInfo",
            Map.of(
                "serializationDataFormat",
                "application/x-java-serialized-object",
                "objectTypeName",
                "java.lang.String"));
    long instances = runtimeService.createProcessInstanceQuery().count();

    ResponseEntity<Object> response =
        Api.as(port, "hana")
            .post(
                "/engine-rest/process-definition/key/family-pathway/start",
                Map.of("variables", Map.of("payload", serialized)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(response))
        .containsExactly("variables.payload.valueInfo.serializationDataFormat");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void theWebappsShowNoVendorUpgradeBanner() {
    SignedInBrowser admin = SignedInBrowser.signIn(port, "admin", "demo");
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      var page = admin.get("/camunda/app/" + app + "/default/");
      assertThat(page.statusCode()).as(app).isEqualTo(200);
      assertThat(page.body()).as("%s loads the user styles", app).contains("user-styles.css");
      var styles = admin.get("/camunda/app/" + app + "/styles/user-styles.css");
      assertThat(styles.statusCode()).as(app).isEqualTo(200);
      // The header's ce-eol-banner urges an upgrade to Camunda 8 on every page.
      assertThat(styles.body().replaceAll("\\s+", " "))
          .as("%s styles", app)
          .contains(".ce-eol-banner { display: none !important; }")
          .as("%s offers no logout of its own: the workspace signs people out", app)
          .contains(".account .logout { display: none !important; }");
    }
  }

  @Test
  void firstRunSetupCannotCreateAnAdministratorEvenWhenTheAdminGroupIsEmpty() {
    identityService.deleteMembership("admin", "camunda-admin");
    try {
      long users = identityService.createUserQuery().count();
      // Anyone signed in, here a school user, with the admin webapp's CSRF token in hand.
      SignedInBrowser sara = SignedInBrowser.signIn(port, "sara", "demo");
      // With no administrator the webapps send everyone to setup (302), token in hand.
      assertThat(sara.get("/camunda/app/tasklist/default/").statusCode()).isIn(200, 302);
      assertThat(sara.cookie("XSRF-TOKEN")).as("a webapp page hands out a CSRF token").isNotEmpty();

      var attempt =
          sara.postToWebapp(
              "/camunda/api/admin/setup/default/user/create",
              "application/json",
              "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\","
                  + "\"email\":\"m@example.org\"},\"credentials\":{\"password\":\"password123456\"}}");

      assertThat(attempt.statusCode()).isEqualTo(404);
      assertThat(identityService.createUserQuery().count()).isEqualTo(users);
      assertThat(identityService.createUserQuery().userId("mallory").count()).isZero();
    } finally {
      identityService.createMembership("admin", "camunda-admin");
    }
  }

  private long caseCount() {
    return jdbc.sql("select count(*) from carepath.family_case").query(Long.class).single();
  }

  /** A case referred before the pregnancy pathway existed gets its pathways once, at startup. */
  @Test
  void aRunningCaseWithoutStagesGetsItsChildrensPathwaysOnce() {
    String id = FullRunScenario.refer(Api.as(port, "hana"));
    long caseId =
        jdbc.sql("select id from carepath.family_case where reference = :r")
            .param("r", id)
            .query(Long.class)
            .single();
    // As before V5: no stage on record and no pathway running.
    runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey("pregnancy-pathway")
        .processInstanceBusinessKey(id)
        .list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
    jdbc.sql(
            "delete from carepath.case_stage_event where stage_id in"
                + " (select id from carepath.case_stage where case_id = :c)")
        .param("c", caseId)
        .update();
    jdbc.sql("delete from carepath.case_stage where case_id = :c").param("c", caseId).update();

    assertThat(stages.startMissingPathways(500)).isEqualTo(1);
    assertThat(stages.startMissingPathways(500)).isZero();

    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("pregnancy-pathway")
                .processInstanceBusinessKey(id)
                .count())
        .isEqualTo(2);
    assertThat(
            jdbc.sql("select stage from carepath.case_stage where case_id = :c order by id")
                .param("c", caseId)
                .query(String.class)
                .list())
        .containsExactly("school-age", "school-age");
  }
}
