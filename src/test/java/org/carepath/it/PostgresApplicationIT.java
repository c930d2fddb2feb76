package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same application on a real PostgreSQL server (embedded binaries, no Docker), with the {@code
 * postgres} profile as production runs it. The demo profile is added only to have the practitioners
 * of the full run.
 */
// The engine registers itself by name ("default") for its REST API: one live context at a time.
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // Inline, not dynamic: the startup check reads it before dynamic properties exist.
    properties = "CAREPATH_ADMIN_PASSWORD=" + PostgresApplicationIT.ADMIN_PASSWORD)
@ActiveProfiles("postgres")
class PostgresApplicationIT {

  static final String ADMIN_PASSWORD = "a-long-test-password";
  // Stopped by its own shutdown hook, after the application context has closed.
  private static final EmbeddedPostgres postgres = EmbeddedDatabase.start();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;

  /** Whatever a test did, each agency's kept total still matches its rows. */
  @AfterEach
  void workListTotalsInStep() {
    assertThat(PathwayTables.workListTotalsOutOfStep(jdbc)).isEmpty();
  }

  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.carepath.deadlines.OverdueWork overdueWork;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedDatabase.register(registry, postgres);
  }

  @BeforeEach
  void practitioners() {
    addUser("hana", "health-visiting");
    addUser("sara", "school");
    addUser("sam", "children-social-care");
    addUser("mel", "midwifery");
  }

  @Test
  void thePostgresProfileCreatesNoDemoUser() {
    for (String demoUser : List.of("mia", "dan", "ida", "max", "dee")) {
      assertThat(identityService.createUserQuery().userId(demoUser).count()).as(demoUser).isZero();
    }
    assertThat(identityService.checkPassword("admin", "demo")).isFalse();
  }

  @Test
  void runsOnPostgresql() {
    String product = jdbc.sql("select version()").query(String.class).single();
    assertThat(product).startsWith("PostgreSQL");
    assertThat(
            jdbc.sql("select count(*) from carepath.flyway_schema_history where success")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void theAdministratorHasThePasswordFromTheEnvironment() {
    assertThat(identityService.checkPassword("admin", ADMIN_PASSWORD)).isTrue();
    assertThat(Api.anonymous(port).get("/engine-rest/task").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theFullCaseRunsFromReferralToClosure() {
    new FullRunScenario(port, runtimeService, managementService).run();
  }

  @Test
  void aPregnancyRunsFromReferralToTheHealthVisitorsHandover() {
    new PregnancyScenario(port).fromReferralToHandover();
  }

  @Test
  void badPregnanciesAndBirthsAreRefusedAndNothingIsStored() {
    new PregnancyScenario(port).badPregnanciesAndBirthsAreRefused();
    new PregnancyScenario(port).aPregnancyThatEndsWithoutABirth();
  }

  @Test
  void aPregnantLevelFourReferralPlansItsWorkWhileTheHandoffRuns() {
    new PregnancyScenario(port).aPregnantLevelFourReferralPlansItsWorkWhileTheHandoffRuns();
  }

  @Test
  void aFamilyStepsDownRelapsesAndStepsUpOnTheSameCaseThenGetsTwinTrackPlanning() {
    RecoveryScenario scenario = new RecoveryScenario(port, runtimeService, managementService);
    String id = scenario.fromStepDownThroughRelapseToStepUp();
    scenario.twinTrackPlanningForAChild(id);
    scenario.twinTrackNeedsABasisToTellChildrensSocialCare();
  }

  @Test
  void theChronologyAndTheWorkListRunOnPostgresql() {
    addUser("dora", "domestic-abuse");
    new ChronologyScenario(port, "dora").aCaseTellsItsStoryInOneTimeline();
    new WorkListScenario(port).anAgencySeesItsOpenTasksAndTakesThemOn();
  }

  @Test
  void productionSessionCookiesTravelOverHttpsOnly() {
    ResponseEntity<String> token = Api.anonymous(port).getText("/session/csrf", "application/json");
    assertThat(token.getHeaders().getOrDefault("Set-Cookie", List.of()))
        // Spring Session's cookie: the session itself is in the database, shared by every node.
        .filteredOn(c -> c.startsWith("SESSION="))
        .singleElement()
        .satisfies(
            c -> assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
  }

  @Test
  void whatAnAgencyFindsLeadsSomewhereOnPostgresql() {
    FindingsScenario scenario = new FindingsScenario(port, runtimeService);
    scenario.aSection47DecisionReassessesTheFamilyWithAnImmediateRisk();
    scenario.careplanningStartsTwinTrackAndSeriousConcernsGoToTheLead();
  }

  @Test
  void overdueWorkEscalatesOnPostgresql() {
    addUser("moe", "managers");
    new DeadlinesScenario(port, "moe", taskService, overdueWork)
        .overdueWorkEscalatesUntilItIsDoneOrGivenANewDateWithAReason();
  }

  @Test
  void childCentredLevelsAndCountersignaturesRunOnPostgresql() {
    addUser("moe", "managers");
    ChildCentredScenario scenario = new ChildCentredScenario(port, "moe", "mel");
    scenario.neglectWithNoKnownUseIsProposedAtLevelThree();
    scenario.anOverrideOfAProposedImmediateRiskWaitsForAManagersCountersignature();
    scenario.levelFourInPregnancyIsLedByTheMidwifeAndDeclinedConsentHoldsSocialCaresWork();
    scenario.anImmediateRiskAtReferralIsActedOnBeforeConsent();
  }

  @Test
  void theDashboardAndTheHiddenHarmDatasetRunOnPostgresql() {
    addUser("moe", "managers");
    new DashboardScenario(port, "moe").theDashboardCountsTheFamiliesAsThePathwayRecordsThem();
    new ReportsScenario(port, "moe").theHiddenHarmDatasetCountsEachAdultsDependentChildren();
  }

  @Test
  void aConcernReopensARecentlyClosedCaseButNotOneClosedLongAgo() {
    Api hana = Api.as(port, "hana");
    String recent = closedMonthsAgo(FullRunScenario.refer(hana), 11);
    String old = closedMonthsAgo(FullRunScenario.refer(hana), 13);

    ResponseEntity<Object> refused =
        hana.post(
            "/api/cases/" + old + "/concerns",
            Map.of("agency", "health-visiting", "description", "Mother using again"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(String.valueOf(refused.getBody())).contains("make a new referral");
    assertThat(Api.map(hana.get("/api/cases/" + old))).containsEntry("status", "CLOSED");

    ResponseEntity<Object> reopened =
        hana.post(
            "/api/cases/" + recent + "/concerns",
            Map.of("agency", "health-visiting", "description", "Mother using again"));
    assertThat(reopened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> caseFile = Api.map(hana.get("/api/cases/" + recent));
    assertThat(caseFile).containsEntry("status", "OPEN");
    assertThat(caseFile.get("closedAt")).isNull();
    assertThat(Api.list(caseFile.get("reopenings"))).hasSize(1);
    FullRunScenario.openTask(hana, recent, "Assess family");
  }

  /** A case closed some months ago: its pathway ended and the record says when. */
  private String closedMonthsAgo(String id, int months) {
    runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(id)
        .list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "closed"));
    jdbc.sql(
            """
            update carepath.family_case
               set status = 'CLOSED', closure_reason = 'Support ended',
                   closed_at = current_timestamp - make_interval(months => :m)
             where reference = :id
            """)
        .param("m", months)
        .param("id", id)
        .update();
    return id;
  }

  private void addUser(String id, String group) {
    TestUsers.ensure(identityService, id, group);
  }
}
