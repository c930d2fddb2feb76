package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RepositoryService;
import org.carepath.models.BrokenModelException;
import org.carepath.models.ModelDeployer;
import org.carepath.models.ModelDeployer.ModelFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The service designer's loop over HTTP: every deployment is checked however it arrives, and a
 * refused one leaves the deployed versions as they were. Its own context: it deploys new versions.
 */
// The engine registers itself by name ("default") for its REST API: one live context at a time.
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:file:./target/it-h2/${random.uuid};DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0")
class ModelDeploymentIT {

  static final String MODELER = "/engine-rest/deployment/create";
  static final String DEPLOY = "/api/models/deployments";
  static final String WHAT_IF = "/api/models/what-if";
  static final String LEVEL_FILE = "dmn/staged-intervention-level.dmn";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired ModelDeployer modelDeployer;
  @Autowired JdbcClient jdbc;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  /** A broken copy of a shipped model, and where its refusal must point. */
  record Broken(String file, UnaryOperator<String> edit, String field, String says) {}

  static final List<Broken> BROKEN =
      List.of(
          new Broken(
              "dmn/staged-intervention-level.dmn",
              dmn -> dmn.replace("name=\"level\"", "name=\"stage\""),
              "staged-intervention-level.dmn output level",
              "the pathway reads this output"),
          new Broken(
              "bpmn/family-pathway.bpmn",
              bpmn -> bpmn.replace("\"review-case\"", "\"review-the-case\""),
              "family-pathway.bpmn review-case",
              "keep its id"),
          new Broken(
              "bpmn/finding-follow-up.bpmn",
              bpmn -> bpmn.replace(" camunda:dueDate=\"${followUpDue}\"", ""),
              "finding-follow-up.bpmn act-on-finding",
              "has no due date"),
          new Broken(
              "bpmn/family-pathway.bpmn",
              bpmn -> bpmn.replace("camunda:formRef=\"review\"", "camunda:formRef=\"case-review\""),
              "family-pathway.bpmn review-case",
              "'case-review', which is not deployed"));

  @Test
  void aBrokenCopyOfARealModelDeployedFromModelerIsRefusedNamingFileAndElement()
      throws IOException {
    Api dee = Api.as(port, "dee");
    for (Broken broken : BROKEN) {
      long deployments = repositoryService.createDeploymentQuery().count();
      String bare = broken.file().substring(broken.file().indexOf('/') + 1);

      ResponseEntity<Object> answer = fromModeler(dee, bare, broken.edit().apply(shipped(broken)));

      assertThat(answer.getStatusCode()).as(broken.field()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(Api.map(answer))
          .containsEntry("type", "urn:carepath:problem:model-refused")
          .containsEntry("detail", "The models cannot be deployed.");
      assertThat(Api.list(Api.map(answer).get("errors")))
          .as(broken.field())
          .anySatisfy(
              error -> {
                assertThat(error.get("field")).isEqualTo(broken.field());
                assertThat((String) error.get("message")).contains(broken.says());
              });
      assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }
  }

  @Test
  void theRenamedOutputOfTheIssueNoLongerBecomesTheLiveTable() throws IOException {
    int before = levelTableVersion();
    Broken renamed = BROKEN.get(0);

    fromModeler(
        Api.as(port, "dee"),
        "staged-intervention-level.dmn",
        renamed.edit().apply(shipped(renamed)));

    assertThat(levelTableVersion()).isEqualTo(before);
  }

  @Test
  void aSoundChangeDeploysFromModeler() throws IOException {
    int before = levelTableVersion();
    String changed =
        shipped("dmn/staged-intervention-level.dmn")
            .replace("</definitions>", "<!-- reviewed by the partnership --></definitions>");

    ResponseEntity<Object> answer =
        fromModeler(Api.as(port, "dee"), "staged-intervention-level.dmn", changed);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(levelTableVersion()).isEqualTo(before + 1);
  }

  @Test
  void onlyServiceDesignersMayDeploy() throws IOException {
    String changed =
        shipped("dmn/lead-agency.dmn").replace("</definitions>", "<!-- x --></definitions>");
    for (String user : List.of("max", "sam", "admin")) {
      ResponseEntity<Object> answer = fromModeler(Api.as(port, user), "lead-agency.dmn", changed);
      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void atStartupABrokenModelStopsTheDeploymentNamingFileAndElement() throws IOException {
    Broken noDueDate = BROKEN.get(2);
    List<ModelFile> files =
        List.of(
            new ModelFile(
                noDueDate.file(),
                noDueDate.edit().apply(shipped(noDueDate)).getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> modelDeployer.deploy(files))
        .isInstanceOf(BrokenModelException.class)
        .hasMessageContaining("bpmn/finding-follow-up.bpmn act-on-finding")
        .hasMessageContaining("has no due date");
  }

  @Test
  void ourEndpointRefusesTheSameBrokenCopiesNamingFileAndElement() throws IOException {
    Api dee = Api.as(port, "dee");
    for (Broken broken : BROKEN) {
      long deployments = repositoryService.createDeploymentQuery().count();

      ResponseEntity<Object> answer =
          dee.upload(
              DEPLOY,
              Map.of("reason", "Trying a change"),
              Map.of(
                  broken.file(),
                  broken.edit().apply(shipped(broken)).getBytes(StandardCharsets.UTF_8)));

      assertThat(answer.getStatusCode()).as(broken.field()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(Api.map(answer)).containsEntry("type", "urn:carepath:problem:model-refused");
      assertThat(Api.list(Api.map(answer).get("errors")))
          .as(broken.field())
          .anySatisfy(
              error -> {
                assertThat((String) error.get("field")).endsWith(broken.field());
                assertThat((String) error.get("message")).contains(broken.says());
              });
      assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from carepath.model_deployment where reason = 'Trying a change'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aDeploymentNeedsAReasonAndADesigner() throws IOException {
    byte[] table = shipped("dmn/lead-agency.dmn").getBytes(StandardCharsets.UTF_8);

    ResponseEntity<Object> noReason =
        Api.as(port, "dee").upload(DEPLOY, Map.of(), Map.of("lead-agency.dmn", table));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(noReason)).contains("reason");

    ResponseEntity<Object> manager =
        Api.as(port, "max")
            .upload(DEPLOY, Map.of("reason", "Mine"), Map.of("lead-agency.dmn", table));
    assertThat(manager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // What-if over seeded decisions: four families assessed through the pathway.

  @Test
  void anUnchangedTableChangesNothing() throws IOException {
    seed();

    Map<String, Object> report = whatIf(Api.as(port, "dee"), shipped(LEVEL_FILE));

    assertThat(report)
        .containsEntry("decision", "staged-intervention-level")
        .containsEntry("replayed", openLevelDecisions(""))
        .containsEntry("changed", 0);
    assertThat(Api.list(report.get("matrix")))
        .allSatisfy(cell -> assertThat(cell.get("from")).isEqualTo(cell.get("to")));
  }

  @Test
  void aTableWhoseEveryOutputIsLevelFourChangesEveryDecisionNotAlreadyThere() throws IOException {
    seed();
    String allFour =
        shipped(LEVEL_FILE)
            .replaceAll("(<outputEntry id=\"[^\"]*-out-1\">\\s*<text>)[^<]*(</text>)", "$14$2");

    Map<String, Object> report = whatIf(Api.as(port, "dee"), allFour);

    int notAtFour = openLevelDecisions(" and d.proposed_level <> 4");
    assertThat(notAtFour).isPositive();
    assertThat(report).containsEntry("changed", notAtFour);
    assertThat(Api.list(report.get("matrix")))
        .allSatisfy(cell -> assertThat(cell.get("to")).isEqualTo("4"));
    assertThat(Api.list(report.get("byAgency")))
        .anySatisfy(
            agency ->
                assertThat(agency)
                    .containsEntry("name", "Health visiting")
                    .containsEntry("changed", notAtFour));
  }

  @Test
  void oneChangedRuleChangesTheDecisionsThatRuleMadeAndManagersSeeWhose() throws IOException {
    String selfHarm = seed();
    String raised = raisedSelfHarmRule();

    Map<String, Object> report = whatIf(Api.as(port, "dee"), raised);

    assertThat(report).containsEntry("changed", 1);
    assertThat(Api.list(report.get("matrix")))
        .contains(Map.of("from", "3", "to", "4", "decisions", 1));
    String cases = "/api/models/what-if/" + report.get("id") + "/cases?from=3&to=4";
    assertThat(Api.map(Api.as(port, "max").get(cases)).get("cases")).isEqualTo(List.of(selfHarm));
    assertThat(Api.as(port, "dee").get(cases).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(port, "hana").get(cases).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void whatIfWorksInARealBrowser() throws Exception {
    String selfHarm = seed();
    Path table = Files.createTempFile("staged-intervention-level", ".dmn");
    Files.writeString(table, raisedSelfHarmRule());
    InTheBrowser.run(
        "what-if.mjs",
        port,
        Map.of(
            "TABLE",
            table.toString(),
            "REPLAYED",
            Integer.toString(openLevelDecisions("")),
            "CASE_ID",
            selfHarm));
  }

  /** The level table with the self-harm rule at Level 4 instead of 3. */
  static String raisedSelfHarmRule() throws IOException {
    return shipped(LEVEL_FILE)
        .replaceAll(
            "(<outputEntry id=\"rule-3-self-harm-out-1\">\\s*<text>)[^<]*(</text>)", "$14$2");
  }

  @Test
  void aRemovedRuleFiresLessAndTheOneThatTakesOverMore() throws IOException {
    seed();
    String table = shipped(LEVEL_FILE);
    int start = table.indexOf("<rule id=\"rule-3-self-harm\">");
    String removed =
        table.substring(0, start) + table.substring(table.indexOf("</rule>", start) + 7);

    Map<String, Object> report = whatIf(Api.as(port, "dee"), removed);

    List<Map<String, Object>> rules = Api.list(report.get("rules"));
    assertThat(rules)
        .anySatisfy(
            rule ->
                assertThat(rule)
                    .containsEntry("rule", "rule-3-self-harm")
                    .containsEntry("before", 1)
                    .containsEntry("after", 0));
    assertThat(rules)
        .anySatisfy(
            rule -> assertThat((int) rule.get("after")).isGreaterThan((int) rule.get("before")));
  }

  @Test
  void otherDecisionsReplayFromTheEnginesHistoryTiedToTheirCases() throws IOException {
    seed();
    for (String key : List.of("lead-agency", "agency-task-routing")) {
      Map<String, Object> report =
          Api.list(
                  Api.as(port, "dee")
                      .upload(
                          WHAT_IF,
                          Map.of(),
                          Map.of(key + ".dmn", bytes(shipped("dmn/" + key + ".dmn")))))
              .get(0);

      long evaluated =
          historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey(key).count();
      assertThat(evaluated).as(key).isPositive();
      assertThat(report)
          .as(key)
          .containsEntry("replayed", (int) evaluated)
          .containsEntry("changed", 0);
    }
  }

  /** README's worked example: Level 3 reviewed every 8 weeks instead of 6. */
  @Test
  void theReadmesWorkedExampleMovesTheLevelThreeReviewToEightWeeks() throws IOException {
    String selfHarm = seed();
    String eightWeeks =
        shipped("dmn/review-interval.dmn")
            .replaceAll(
                "(<outputEntry id=\"review-level-3-out-1\">\\s*<text>)42(</text>)", "$156$2");
    Api dee = Api.as(port, "dee");

    Map<String, Object> report =
        Api.list(dee.upload(WHAT_IF, Map.of(), Map.of("review-interval.dmn", bytes(eightWeeks))))
            .get(0);
    assertThat(report).containsEntry("changed", 1);
    assertThat(Api.list(report.get("matrix")))
        .contains(Map.of("from", "42", "to", "56", "decisions", 1));

    ResponseEntity<Object> deployed =
        dee.upload(
            DEPLOY,
            Map.of("reason", "The partnership reviews Level 3 every 8 weeks"),
            Map.of("review-interval.dmn", bytes(eightWeeks)));
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(Api.list(Api.map(deployed).get("whatIf")))
        .singleElement()
        .satisfies(seen -> assertThat(seen).containsEntry("changed", 1));

    Api hana = Api.as(port, "hana");
    String next = FullRunScenario.referredWithConsent(hana, "given", "agreed");
    FullRunScenario.complete(
        hana,
        next,
        "Assess family",
        FullRunScenario.assessment("none", List.of("neglect-or-abuse"), List.of(), true));
    FullRunScenario.complete(
        hana, next, "Confirm or override level", Map.of("levelDecision", "confirm"));
    java.time.OffsetDateTime due =
        jdbc.sql("select next_review_due from carepath.family_case where reference = :r")
            .param("r", next)
            .query(java.time.OffsetDateTime.class)
            .single();
    assertThat(java.time.Duration.between(java.time.OffsetDateTime.now(), due).toDays())
        .isBetween(55L, 56L);
    assertThat(selfHarm).isNotEqualTo(next);
  }

  @Test
  void whatIfIsForDesignersAndManagersAndNamesABrokenTable() throws IOException {
    String table = shipped(LEVEL_FILE);
    assertThat(
            Api.as(port, "hana")
                .upload(WHAT_IF, Map.of(), Map.of("staged-intervention-level.dmn", bytes(table)))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Object> broken =
        Api.as(port, "max")
            .upload(
                WHAT_IF,
                Map.of(),
                Map.of(
                    "staged-intervention-level.dmn",
                    bytes(table.replace("name=\"level\"", "name=\"stage\""))));
    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(broken)).contains("staged-intervention-level.dmn output level");
  }

  // Running cases move to a designer's new version of their process.

  /** A small process of the designer's own, at a version that waits at {@code step}. */
  static String trial(String step, String name) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="carepath">
          <process id="designer-trial" name="Designer trial" isExecutable="true"
              camunda:historyTimeToLive="180">
            <startEvent id="trial-start" name="Trial started" />
            <sequenceFlow id="flow-start" sourceRef="trial-start" targetRef="%1$s" />
            <userTask id="%1$s" name="%2$s" camunda:candidateGroups="health-visiting"
                camunda:dueDate="${dateTime().plusDays(2).toDate()}" />
            <sequenceFlow id="flow-end" sourceRef="%1$s" targetRef="trial-end" />
            <endEvent id="trial-end" name="Trial ended" />
          </process>
        </definitions>
        """
        .formatted(step, name)
        .strip();
  }

  @Test
  void runningCasesMoveToTheNewVersionOrAreReportedWhenTheyCannot() {
    String caseId = seed();
    Api dee = Api.as(port, "dee");
    Map<String, Object> first = deploy(dee, trial("first-look", "First look"), "A trial pathway");
    assertThat(Api.list(first.get("newVersions")))
        .contains(
            Map.of(
                "kind",
                "process",
                "key",
                "designer-trial",
                "name",
                "Designer trial",
                "version",
                1));
    runtimeService.startProcessInstanceByKey("designer-trial", caseId);
    runtimeService.startProcessInstanceByKey("designer-trial", caseId);

    Map<String, Object> renamed =
        deploy(dee, trial("first-look", "First look at the family"), "Plainer name");
    Map<String, Object> move = Api.list(renamed.get("migrations")).get(0);
    assertThat(move)
        .containsEntry("process", "designer-trial")
        .containsEntry("fromVersion", 1)
        .containsEntry("toVersion", 2)
        .containsEntry("moving", 2);
    awaitBatch((String) move.get("batchId"));
    assertThat(trialVersions()).containsOnly(2);

    Map<String, Object> withoutTheStep =
        deploy(dee, trial("second-look", "Second look"), "The step is replaced");
    Map<String, Object> cannot = Api.list(withoutTheStep.get("migrations")).get(0);
    assertThat(cannot).containsEntry("fromVersion", 2).containsEntry("moving", 0);
    assertThat(Api.list(cannot.get("cannotMove")))
        .singleElement()
        .satisfies(
            stuck ->
                assertThat(stuck)
                    .containsEntry("step", "first-look")
                    .containsEntry("stepName", "First look at the family")
                    .containsEntry("instances", 2));
    assertThat(trialVersions()).containsOnly(2);

    List<Map<String, Object>> models = Api.list(dee.get("/api/models"));
    Map<String, Object> trial =
        models.stream()
            .filter(m -> "designer-trial".equals(m.get("key")))
            .findFirst()
            .orElseThrow();
    assertThat(Api.list(trial.get("versions")))
        .extracting(v -> v.get("version"), v -> v.get("deployedBy"), v -> v.get("reason"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "dee", "The step is replaced"),
            org.assertj.core.groups.Tuple.tuple(2, "dee", "Plainer name"),
            org.assertj.core.groups.Tuple.tuple(1, "dee", "A trial pathway"));
    assertThat(Api.list(dee.get("/api/models/deployments")))
        .anySatisfy(
            deployment -> {
              assertThat(deployment).containsEntry("reason", "Plainer name");
              assertThat(Api.list(deployment.get("migrations")))
                  .singleElement()
                  .satisfies(progress -> assertThat(progress).containsEntry("finished", true));
            });

    ResponseEntity<Object> back =
        dee.post(
            "/api/models/designer-trial/versions/2/deployments",
            Map.of("reason", "Back to the version before"));
    assertThat(back.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(Api.list(Api.map(back).get("newVersions")))
        .contains(
            Map.of(
                "kind",
                "process",
                "key",
                "designer-trial",
                "name",
                "Designer trial",
                "version",
                4));
  }

  private Map<String, Object> deploy(Api as, String bpmn, String reason) {
    ResponseEntity<Object> answer =
        as.upload(DEPLOY, Map.of("reason", reason), Map.of("designer-trial.bpmn", bytes(bpmn)));
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
    return Api.map(answer);
  }

  private java.util.Set<Integer> trialVersions() {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey("designer-trial")
        .list()
        .stream()
        .map(i -> repositoryService.getProcessDefinition(i.getProcessDefinitionId()).getVersion())
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Runs the batch's jobs (seed, migration, monitor) until it is done. */
  private void awaitBatch(String batchId) {
    for (int round = 0; round < 20; round++) {
      if (managementService.createBatchQuery().batchId(batchId).count() == 0) {
        return;
      }
      managementService.createJobQuery().list().stream()
          .filter(job -> job.getJobDefinitionId() != null)
          .filter(
              job ->
                  managementService.createBatchQuery().batchId(batchId).list().stream()
                      .anyMatch(
                          batch ->
                              job.getJobDefinitionId().equals(batch.getSeedJobDefinitionId())
                                  || job.getJobDefinitionId()
                                      .equals(batch.getBatchJobDefinitionId())
                                  || job.getJobDefinitionId()
                                      .equals(batch.getMonitorJobDefinitionId())))
          .forEach(
              job -> {
                try {
                  managementService.executeJob(job.getId());
                } catch (RuntimeException raced) {
                  // The job executor ran it first.
                }
              });
    }
    assertThat(managementService.createBatchQuery().batchId(batchId).count())
        .as("batch finished")
        .isZero();
  }

  private static boolean seeded;
  private static String selfHarmCase;

  /**
   * Four families assessed: two stable in treatment (Level 1, confirmed), one using problematically
   * (waiting for confirmation), one child who self-harms (Level 3, confirmed).
   */
  private String seed() {
    if (!seeded) {
      Api hana = Api.as(port, "hana");
      FullRunScenario.atLevelOne(hana);
      FullRunScenario.atLevelOne(hana);
      FullRunScenario.assessed(hana, "problematic");
      selfHarmCase = FullRunScenario.referredWithConsent(hana, "given", "agreed");
      FullRunScenario.complete(
          hana,
          selfHarmCase,
          "Assess family",
          FullRunScenario.assessment("none", List.of("self-harm"), List.of(), true));
      FullRunScenario.complete(
          hana, selfHarmCase, "Confirm or override level", Map.of("levelDecision", "confirm"));
      seeded = true;
    }
    return selfHarmCase;
  }

  private int openLevelDecisions(String where) {
    return jdbc.sql(
            "select count(*) from carepath.level_decision d join carepath.family_case c"
                + " on c.id = d.case_id where c.status = 'OPEN'"
                + where)
        .query(Integer.class)
        .single();
  }

  private Map<String, Object> whatIf(Api as, String table) {
    ResponseEntity<Object> answer =
        as.upload(WHAT_IF, Map.of(), Map.of("staged-intervention-level.dmn", bytes(table)));
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> reports = Api.list(answer);
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private int levelTableVersion() {
    return repositoryService
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey("staged-intervention-level")
        .latestVersion()
        .singleResult()
        .getVersion();
  }

  static String shipped(Broken broken) throws IOException {
    return shipped(broken.file());
  }

  static String shipped(String file) throws IOException {
    return Files.readString(Path.of(file));
  }

  /** As Camunda Modeler's "Deploy" sends it. */
  static ResponseEntity<Object> fromModeler(Api user, String fileName, String content) {
    return user.upload(
        MODELER,
        Map.of(
            "deployment-name", "from Modeler",
            "deploy-changed-only", "true",
            "deployment-source", "Camunda Modeler"),
        Map.of(fileName, content.getBytes(StandardCharsets.UTF_8)));
  }
}
