package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.PostRecoverySupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The whole life of a case over HTTP, as practitioners would drive it: referral, consent,
 * assessment, level override, a new concern and step-up, a review with reassessment and step-down,
 * a year of support after recovery, closure, and a concern that reopens the same case. Runs on H2
 * and on PostgreSQL.
 */
final class FullRunScenario {

  private final int port;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  FullRunScenario(int port, RuntimeService runtimeService, ManagementService managementService) {
    this.port = port;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  void run() {
    Api hana = Api.as(port, "hana");
    Api sara = Api.as(port, "sara");
    Api sam = Api.as(port, "sam");

    // Referral by health visiting opens the case.
    String id = refer(hana);
    complete(
        hana,
        id,
        "Record information-sharing consent",
        Map.of(
            "consentBasis",
            "given",
            "consentReason",
            "Mother agreed after the policy was explained",
            "consentSharedWith",
            "GP, school",
            "consentCopyOffered",
            true));

    // Problematic use, nothing else: the table proposes Targeted; the worker overrides to 1 and
    // says why the use does not affect the children.
    complete(hana, id, "Assess family", assessment("problematic", List.of(), List.of(), false));
    assertThat(variable(id, "proposedLevel")).isEqualTo(2);
    complete(
        hana,
        id,
        "Confirm or override level",
        Map.of(
            "levelDecision",
            "override",
            "overrideLevel",
            "1",
            "overrideReason",
            "Grandmother lives in and cares for the children daily",
            "noImpactReason",
            "Mother uses only when the children are with their grandmother"));
    assertThat(openAgencyTasks(hana, id)).isNotEmpty();

    // The school raises a concern: the case is reassessed at once and, with a child at immediate
    // risk, steps up to children's social care through a handoff; the health visitor leads until
    // it is accepted.
    ResponseEntity<Object> concern =
        sara.post(
            "/api/cases/" + id + "/concerns",
            Map.of(
                "agency",
                "school",
                "description",
                "Ben arrived hungry three days running; mother seemed intoxicated at pick-up"));
    assertThat(concern.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(Api.map(concern)).containsEntry("reassessment", "started");
    Map<String, Object> atRisk =
        new java.util.HashMap<>(
            assessment(
                "problematic",
                List.of("neglect-or-accidents", "school-problems"),
                List.of(),
                true));
    atRisk.put("immediateRiskOfHarm", true);
    complete(hana, id, "Assess family", atRisk);
    int steppedUp = (Integer) variable(id, "proposedLevel");
    assertThat(steppedUp).isEqualTo(4);
    complete(hana, id, "Confirm or override level", Map.of("levelDecision", "confirm"));
    assertThat(Api.map(hana.get("/api/cases/" + id)))
        .containsEntry("leadAgency", "health-visiting");
    handOff(
        hana,
        sam,
        id,
        "Sam Social Worker is your lead professional now; your health visitor still visits.");
    assertThat(Api.map(sam.get("/api/cases/" + id)))
        .containsEntry("leadAgency", "children-social-care");

    // The review falls due for the new lead; reassessment shows things are better: step down.
    fireReviewTimer(id);
    review(sam, id, "reassess", "Mother back on her script; Ben eating at home");
    complete(
        sam,
        id,
        "Assess family",
        assessment(
            "stable-treatment",
            List.of(),
            List.of("engaged-with-treatment", "family-support", "another-carer-present"),
            true));
    assertThat(variable(id, "proposedLevel")).isEqualTo(1);
    complete(
        sam,
        id,
        "Confirm or override level",
        Map.of(
            "levelDecision",
            "confirm",
            "noImpactReason",
            "Stable on her script, grandmother in the home, children seen and well"));
    handOff(
        sam, sara, id, "Mrs Reid, the school's designated teacher, is your lead professional now.");

    // Down to Level 1 the case stays open: support after recovery, led by the school.
    assertThat(Api.map(hana.get("/api/cases/" + id))).containsEntry("status", "OPEN");
    complete(
        sara,
        id,
        "Plan support after recovery with the family",
        Map.of(
            "whoToCall", "Mrs Reid at school, or the family hub duty line",
            "relapsePlan", "Tell Mrs Reid or the drug service the same day",
            "parentMentor", "not-wanted"));
    for (int checkIn = 0; checkIn < 6; checkIn++) {
      fireTimer(id, PostRecoverySupport.KEY);
      complete(
          sara,
          id,
          "Check in with the family",
          Map.of("checkInContact", "spoke", "checkInNotes", "All well at home and at school"));
    }
    // Support ends only with the family told in plain words, and the case closes with it.
    Map<String, Object> review = openTask(sara, id, "Review whether support is still needed");
    ResponseEntity<Object> untold =
        sara.post(
            "/engine-rest/task/" + review.get("id") + "/submit-form",
            Api.variables(
                Map.of(
                    "supportReviewOutcome", "end-support",
                    "supportReviewNotes", "A settled year")));
    assertThat(untold.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(untold.getBody())).contains("familyTold");
    complete(
        sara,
        id,
        "Review whether support is still needed",
        Map.of(
            "supportReviewOutcome", "end-support",
            "supportReviewNotes", "A settled year; the children say home is calm",
            "familyToldWhatEnds", "Our planned check-ins end",
            "familyToldWhoToCall", "Mrs Reid at school, any school day",
            "familyTold", true));

    Map<String, Object> caseFile = Api.map(hana.get("/api/cases/" + id));
    assertThat(caseFile)
        .containsEntry("status", "CLOSED")
        .containsEntry("currentLevel", 1)
        .containsEntry("leadAgency", "school");
    assertThat((String) caseFile.get("closureReason")).startsWith("Support after recovery ended");
    List<Map<String, Object>> history = Api.list(caseFile.get("levelHistory"));
    assertThat(history)
        .extracting(d -> d.get("direction"))
        .containsExactly("INITIAL", "STEP_UP", "STEP_DOWN");
    assertThat(history)
        .extracting(d -> d.get("outcome"))
        .containsExactly("OVERRIDDEN", "CONFIRMED", "CONFIRMED");
    assertThat(history)
        .extracting(d -> d.get("trigger"))
        .containsExactly("referral", "concern", "review");
    assertThat(history).extracting(d -> d.get("decidedBy")).containsExactly("hana", "hana", "sam");
    assertThat(history.get(0))
        .containsEntry("proposedLevel", 2)
        .containsEntry("confirmedLevel", 1)
        .containsEntry("overrideReason", "Grandmother lives in and cares for the children daily");
    assertThat(history.get(1))
        .containsEntry("previousLevel", 1)
        .containsEntry("confirmedLevel", steppedUp);
    assertThat((String) history.get(1).get("proposedReason")).isNotBlank();
    assertThat(Api.list(caseFile.get("concerns"))).hasSize(1);
    assertThat(Api.list(caseFile.get("reviews")))
        .extracting(r -> r.get("outcome"))
        .containsExactly("reassess");
    assertThat(Api.list(caseFile.get("postRecoverySupport")))
        .singleElement()
        .satisfies(
            support -> {
              assertThat(support)
                  .containsEntry("status", "ENDED")
                  .containsEntry("leadAgency", "school");
              assertThat((String) support.get("familyTold")).contains("Mrs Reid");
              assertThat(Api.list(support.get("checkIns"))).hasSize(6);
            });
    assertThat(Api.list(caseFile.get("consent")))
        .extracting(c -> c.get("basis"))
        .containsExactly("given");
    assertThat(history.get(0))
        .containsEntry(
            "noImpactReason", "Mother uses only when the children are with their grandmother");
    // Every agency new to the family was told with the family's consent, and it is on record.
    assertThat(Api.list(caseFile.get("sharingDecisions")))
        .isNotEmpty()
        .allSatisfy(
            decision -> {
              assertThat(decision).containsEntry("shared", true).containsEntry("basis", "consent");
              assertThat(decision).containsKeys("agency", "reason", "decidedBy", "decidedAt");
            });
    assertThat(caseFile.get("agencies"))
        .asList()
        .contains("health-visiting", "school", "children-social-care");
    assertThat(Api.list(caseFile.get("leadProfessionals")))
        .extracting(l -> l.get("agency"))
        .containsExactly("health-visiting", "children-social-care", "school");
    List<Map<String, Object>> handoffs = Api.list(caseFile.get("handoffs"));
    assertThat(handoffs).extracting(h -> h.get("kind")).containsExactly("STEP_UP", "STEP_DOWN");
    assertThat(handoffs).extracting(h -> h.get("status")).containsOnly("ACCEPTED");
    assertThat(handoffs)
        .allSatisfy(
            h -> {
              assertThat(Api.list(h.get("agencyPlans"))).isNotEmpty();
              assertThat((String) h.get("familyMessage")).isNotBlank();
            });
    List<Map<String, Object>> agencyTasks = Api.list(caseFile.get("agencyTasks"));
    assertThat(agencyTasks).isNotEmpty().noneMatch(t -> "OPEN".equals(t.get("status")));
    assertThat(agencyTasks)
        .filteredOn(t -> "WITHDRAWN".equals(t.get("status")))
        .allSatisfy(t -> assertThat((String) t.get("notes")).isNotBlank());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count())
        .isZero();
    assertThat(Api.list(Api.map(hana.get("/api/cases?status=CLOSED&size=10")).get("items")))
        .extracting(c -> c.get("id"))
        .contains(id);

    // Months later the school worries again: the same case reopens for a reassessment.
    ResponseEntity<Object> worry =
        sara.post(
            "/api/cases/" + id + "/concerns",
            Map.of("agency", "school", "description", "Ben has missed a week of school"));
    assertThat(worry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(Api.map(worry)).containsEntry("reassessment", "reopened");
    Map<String, Object> reopened = Api.map(sara.get("/api/cases/" + id));
    assertThat(reopened).containsEntry("status", "OPEN").containsEntry("leadAgency", "school");
    assertThat(Api.list(reopened.get("reopenings")))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("agency", "school"));
    assertThat(Api.list(reopened.get("levelHistory"))).hasSize(3);
    openTask(sara, id, "Assess family");
  }

  /**
   * The handoff protocol as practitioners drive it: the sender says what continues and stops for
   * itself and every agency with open work; the receiver accepts and tells the family.
   */
  static void handOff(Api sender, Api receiver, String caseId, String familyMessage) {
    Map<String, Object> caseFile = Api.map(sender.get("/api/cases/" + caseId));
    java.util.Set<String> agencies = new java.util.TreeSet<>();
    agencies.add((String) caseFile.get("leadAgency"));
    Api.list(caseFile.get("agencyTasks")).stream()
        .filter(t -> "OPEN".equals(t.get("status")))
        .forEach(t -> agencies.add((String) t.get("agency")));
    List<Map<String, Object>> plans =
        agencies.stream()
            .map(
                agency ->
                    Map.<String, Object>of(
                        "agency",
                        agency,
                        "continues",
                        "Its current work with the family",
                        "stops",
                        "nothing"))
            .toList();
    complete(
        sender,
        caseId,
        "Record what continues and what stops",
        Map.of(
            "agencyPlans",
            plans,
            "sharedInformation",
            "Assessment and chronology shared with the receiving agency",
            "sharingBasis",
            "given"));
    complete(receiver, caseId, "Accept or decline the handoff", Map.of("handoffAnswer", "accept"));
    complete(
        receiver,
        caseId,
        "Tell the family who their lead professional is",
        Map.of("familyMessage", familyMessage));
  }

  static List<Map<String, Object>> openAgencyTasks(Api as, String caseId) {
    return Api.list(Api.map(as.get("/api/cases/" + caseId)).get("agencyTasks")).stream()
        .filter(t -> "OPEN".equals(t.get("status")))
        .toList();
  }

  /** A referral by health visiting, as hana; returns the case id. */
  static String refer(Api as) {
    ResponseEntity<Object> created =
        as.post("/api/cases", Referrals.motherUsingHeroin("health-visiting"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) Api.map(created).get("id");
  }

  /** A referral with consent recorded: the case waits for its assessment. */
  static String referredWithConsent(Api as, String basis, String reason) {
    String id = refer(as);
    complete(
        as,
        id,
        "Record information-sharing consent",
        Map.of("consentBasis", basis, "consentReason", reason));
    return id;
  }

  /**
   * A referral with consent given, assessed with this pattern and nothing else: at confirmation.
   */
  static String assessed(Api as, String pattern) {
    String id = referredWithConsent(as, "given", "agreed");
    complete(as, id, "Assess family", assessment(pattern, List.of(), List.of(), true));
    return id;
  }

  /** A family stable in treatment with nothing else recorded, confirmed at Level 1 with why. */
  static String atLevelOne(Api as) {
    String id = assessed(as, "stable-treatment");
    complete(
        as,
        id,
        "Confirm or override level",
        Map.of("levelDecision", "confirm", "noImpactReason", "Stable on her script"));
    return id;
  }

  static void review(Api as, String caseId, String outcome, String notes) {
    complete(
        as,
        caseId,
        "Review case",
        Map.of("reviewOutcome", outcome, "reviewNotes", notes, "childSeenAndSpokenTo", true));
  }

  static Map<String, Object> assessment(
      String pattern, List<String> indicators, List<String> protective, boolean childSeen) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("substanceUsePattern", pattern);
    values.put("childIndicators", indicators);
    values.put("protectiveFactors", protective);
    values.put("usingInFrontOfChildren", !indicators.isEmpty());
    // A reassessment starts from the last answers: say what holds now.
    values.put("immediateRiskOfHarm", false);
    values.put("childSeenAndSpokenTo", childSeen);
    values.put("assessmentSummary", "Home visit; spoke with mother and both children");
    return values;
  }

  /**
   * Every routed sharing decision for this agency on the case file: shared or not, on this basis.
   */
  static void sharedWith(
      Map<String, Object> caseFile, String agency, boolean shared, String basis) {
    assertThat(Api.list(caseFile.get("sharingDecisions")))
        .filteredOn(d -> agency.equals(d.get("agency")))
        .isNotEmpty()
        .allSatisfy(
            d -> assertThat(d).containsEntry("shared", shared).containsEntry("basis", basis));
  }

  /**
   * Completes the case's one open task with this name, as that user, through the engine REST API.
   */
  static void complete(Api as, String caseId, String taskName, Map<String, Object> values) {
    Map<String, Object> task = openTask(as, caseId, taskName);
    ResponseEntity<Object> done =
        as.post("/engine-rest/task/" + task.get("id") + "/submit-form", Api.variables(values));
    assertThat(done.getStatusCode())
        .as("completing %s: %s", taskName, done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /**
   * The user's one open task of this name on the case (agency tasks may be open beside it). Task
   * names carry the case reference, as Tasklist shows them.
   */
  static Map<String, Object> openTask(Api as, String caseId, String taskName) {
    String shown = taskName + " · " + caseId;
    List<Map<String, Object>> tasks =
        Api.list(as.get("/engine-rest/task?processInstanceBusinessKey=" + caseId));
    assertThat(tasks)
        .as("open tasks of %s", caseId)
        .extracting(t -> t.get("name"))
        .containsOnlyOnce(shown);
    return tasks.stream().filter(t -> shown.equals(t.get("name"))).findFirst().orElseThrow();
  }

  private Object variable(String caseId, String name) {
    return runtimeService.getVariable(instance(caseId).getId(), name);
  }

  private ProcessInstance instance(String caseId) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(FamilyPathway.KEY)
        .processInstanceBusinessKey(caseId)
        .singleResult();
  }

  /** Time passes: the review timer fires now instead of in some weeks. */
  private void fireReviewTimer(String caseId) {
    fireTimer(caseId, FamilyPathway.KEY);
  }

  /** Time passes: the one timer of the case's process with this key fires now. */
  private void fireTimer(String caseId, String processKey) {
    fireTimer(runtimeService, managementService, caseId, processKey);
  }

  static void fireTimer(
      RuntimeService runtimeService,
      ManagementService managementService,
      String caseId,
      String processKey) {
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(processKey)
            .processInstanceBusinessKey(caseId)
            .singleResult();
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .singleResult();
    assertThat(timer).as("timer of %s in %s", caseId, processKey).isNotNull();
    managementService.executeJob(timer.getId());
  }
}
