package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.it.FullRunScenario.assessment;
import static org.carepath.it.FullRunScenario.complete;
import static org.carepath.it.FullRunScenario.handOff;
import static org.carepath.it.FullRunScenario.openTask;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.PostRecoverySupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A family over HTTP from step-down into post-recovery support, through a relapse back to
 * reassessment and a step-up, all on the same case; then twin-track planning for a child.
 */
final class RecoveryScenario {

  private final int port;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  RecoveryScenario(int port, RuntimeService runtimeService, ManagementService managementService) {
    this.port = port;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  /** Returns the case id, at Level 4 led by children's social care. */
  String fromStepDownThroughRelapseToStepUp() {
    Api hana = Api.as(port, "hana");
    Api sam = Api.as(port, "sam");

    // Targeted support first, then a review finds things better: down to Level 1.
    String id = FullRunScenario.assessed(hana, "problematic");
    complete(hana, id, "Confirm or override level", Map.of("levelDecision", "confirm"));
    fireTimer(id, FamilyPathway.KEY);
    FullRunScenario.review(hana, id, "reassess", "Mother engaged with the drug service");
    complete(
        hana,
        id,
        "Assess family",
        assessment(
            "stable-treatment",
            List.of(),
            List.of("engaged-with-treatment", "family-support"),
            true));
    complete(
        hana,
        id,
        "Confirm or override level",
        Map.of("levelDecision", "confirm", "noImpactReason", "Stable on her script for months"));

    // Support continues with the same lead professional; the case stays open.
    Map<String, Object> caseFile = Api.map(hana.get("/api/cases/" + id));
    assertThat(caseFile)
        .containsEntry("status", "OPEN")
        .containsEntry("currentLevel", 1)
        .containsEntry("leadAgency", "health-visiting");
    assertThat(Api.list(caseFile.get("postRecoverySupport")))
        .singleElement()
        .satisfies(
            support ->
                assertThat(support)
                    .containsEntry("status", "ACTIVE")
                    .containsEntry("startedBecause", "step-down")
                    .containsEntry("fromLevel", 2)
                    .containsEntry("leadAgency", "health-visiting"));
    ResponseEntity<Object> noMentorName =
        hana.post(
            "/engine-rest/task/"
                + openTask(hana, id, "Plan support after recovery with the family").get("id")
                + "/submit-form",
            Api.variables(
                Map.of(
                    "whoToCall", "Hana on 01234 567890",
                    "relapsePlan", "Call Hana or the drug service the same day",
                    "parentMentor", "wanted")));
    assertThat(noMentorName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(noMentorName.getBody())).contains("parentMentorName");
    complete(
        hana,
        id,
        "Plan support after recovery with the family",
        Map.of(
            "whoToCall", "Hana on 01234 567890, weekdays; the out-of-hours line otherwise",
            "relapsePlan", "Call Hana or the drug service the same day",
            "parentMentor", "wanted",
            "parentMentorName", "Recovery Together parent mentors"));

    // First check-in: all well. Second: mother has relapsed.
    fireTimer(id, PostRecoverySupport.KEY);
    complete(
        hana,
        id,
        "Check in with the family",
        Map.of("checkInContact", "spoke", "checkInNotes", "Going well; mentor visits weekly"));
    fireTimer(id, PostRecoverySupport.KEY);
    complete(
        hana,
        id,
        "Check in with the family",
        Map.of(
            "checkInContact",
            "spoke",
            "checkInRelapse",
            true,
            "checkInNotes",
            "Mother says she used heroin again at the weekend"));

    // Back to the pathway on the same case: reassessed, at risk now, stepped up to social care.
    Map<String, Object> atRisk =
        new HashMap<>(assessment("problematic", List.of("neglect-or-accidents"), List.of(), true));
    atRisk.put("immediateRiskOfHarm", true);
    complete(hana, id, "Assess family", atRisk);
    // The level decision asks for twin-track planning for Cara; a name not on the case is refused.
    ResponseEntity<Object> unknownChild =
        hana.post(
            "/engine-rest/task/"
                + openTask(hana, id, "Confirm or override level").get("id")
                + "/submit-form",
            Api.variables(
                Map.of(
                    "levelDecision", "confirm",
                    "twinTrackChild", "Zoe",
                    "twinTrackReason", "Living with her father is considered")));
    assertThat(unknownChild.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(unknownChild.getBody())).contains("twinTrackChild");
    complete(
        hana,
        id,
        "Confirm or override level",
        Map.of(
            "levelDecision", "confirm",
            "twinTrackChild", "Cara Example",
            "twinTrackReason", "Living with her father is considered"));
    handOff(hana, sam, id, "Sam, a social worker, is your lead professional now.");

    caseFile = Api.map(sam.get("/api/cases/" + id));
    assertThat(caseFile)
        .containsEntry("id", id)
        .containsEntry("status", "OPEN")
        .containsEntry("currentLevel", 4)
        .containsEntry("leadAgency", "children-social-care");
    List<Map<String, Object>> levels = Api.list(caseFile.get("levelHistory"));
    assertThat(levels)
        .extracting(d -> d.get("direction"))
        .containsExactly("INITIAL", "STEP_DOWN", "STEP_UP");
    assertThat(levels)
        .extracting(d -> d.get("trigger"))
        .containsExactly("referral", "review", "relapse");
    Map<String, Object> support = Api.list(caseFile.get("postRecoverySupport")).get(0);
    assertThat(support)
        .containsEntry("status", "RETURNED")
        .containsEntry("parentMentor", "Recovery Together parent mentors");
    assertThat(Api.list(support.get("checkIns")))
        .extracting(c -> c.get("outcome"))
        .containsExactly("well", "relapse");
    // The family's consent from the referral still stands; nothing was asked twice.
    assertThat(Api.list(caseFile.get("consent"))).hasSize(1);
    assertThat(Api.list(caseFile.get("handoffs")))
        .extracting(h -> h.get("kind"))
        .containsExactly("STEP_UP");
    // Children's social care was told for Cara's plan with the family's consent, and leads it.
    assertThat(Api.list(caseFile.get("twinTrackPlans")))
        .singleElement()
        .satisfies(
            plan ->
                assertThat(plan)
                    .containsEntry("child", "Cara Example")
                    .containsEntry("reason", "Living with her father is considered"));
    assertThat(Api.list(caseFile.get("sharingDecisions")))
        .filteredOn(d -> "twin-track".equals(d.get("purpose")))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d)
                    .containsEntry("agency", "children-social-care")
                    .containsEntry("shared", true)
                    .containsEntry("basis", "consent"));
    openTask(sam, id, "Decide between rehabilitation and permanence · Cara Example");
    return id;
  }

  /** Twin-track planning for Ben, by the social worker, through the API and its decision. */
  void twinTrackPlanningForAChild(String id) {
    Api sam = Api.as(port, "sam");
    Api hana = Api.as(port, "hana");

    ResponseEntity<Object> unknownChild =
        sam.post("/api/cases/" + id + "/twin-track", Map.of("child", "Zed", "reason", "x"));
    assertThat(unknownChild.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(unknownChild)).containsExactly("child");
    ResponseEntity<Object> noReason =
        sam.post("/api/cases/" + id + "/twin-track", Map.of("child", "Ben Example"));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(noReason)).containsExactly("reason");

    ResponseEntity<Object> started =
        sam.post(
            "/api/cases/" + id + "/twin-track",
            Map.of(
                "child",
                "Ben Example",
                "reason",
                "Care proceedings are being considered after the relapse"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> plan = Api.map(started);
    assertThat(plan).containsKeys("id", "decisionDue");
    // Ben is five: the decision is due within 26 weeks.
    assertThat(LocalDate.parse((String) plan.get("decisionDue")))
        .isEqualTo(LocalDate.now().plusWeeks(26));
    ResponseEntity<Object> again =
        sam.post(
            "/api/cases/" + id + "/twin-track", Map.of("child", "Ben Example", "reason", "Again"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    complete(
        sam,
        id,
        "Set treatment and parenting milestones · Ben Example",
        Map.of(
            "treatmentMilestone", "Clear tests for eight weeks",
            "treatmentMilestoneDate", "2027-02-01",
            "parentingMilestone", "School every day, on time",
            "parentingMilestoneDate", "2027-02-01",
            "contactArrangements", "Ben lives at home; Gran visits daily"));
    complete(
        sam,
        id,
        "Hold a family group conference · Ben Example",
        Map.of("conferenceDate", "2026-11-25", "conferenceOutcome", "Gran offers a home"));
    complete(
        sam,
        id,
        "Decide between rehabilitation and permanence · Ben Example",
        Map.of(
            "twinTrackDecision",
            "rehabilitation",
            "twinTrackDecisionReason",
            "Eight clear tests; Ben is thriving at school"));

    Map<String, Object> onFile =
        Api.list(Api.map(hana.get("/api/cases/" + id)).get("twinTrackPlans")).stream()
            .filter(p -> "Ben Example".equals(p.get("child")))
            .findFirst()
            .orElseThrow();
    assertThat(onFile)
        .containsEntry("child", "Ben Example")
        .containsEntry("reason", "Care proceedings are being considered after the relapse")
        .containsEntry("decisionDue", plan.get("decisionDue"))
        .containsEntry("outcome", "rehabilitation");
    assertThat(object(onFile.get("rehabilitation"))).containsEntry("state", "CONTINUES");
    assertThat(object(onFile.get("permanence"))).containsEntry("state", "CLOSED");
    assertThat(Api.list(object(onFile.get("permanence")).get("history")))
        .extracting(e -> e.get("kind"))
        .containsExactly("FAMILY_GROUP_CONFERENCE", "CLOSED");
    assertThat(Api.list(object(onFile.get("rehabilitation")).get("history")))
        .extracting(e -> e.get("kind"))
        .containsExactly("MILESTONES_SET");
    // The chosen track continues: its next step is open for children's social care.
    openTask(sam, id, "Plan the child's care at home with support · Ben Example");
  }

  /**
   * Without consent at Level 2, children's social care cannot be told, so no plan starts; the
   * refusal is on record. Only the lead's agency or children's social care may start a plan.
   */
  void twinTrackNeedsABasisToTellChildrensSocialCare() {
    Api hana = Api.as(port, "hana");
    String id =
        FullRunScenario.referredWithConsent(hana, "declined", "Mother does not want others told");
    complete(hana, id, "Assess family", assessment("problematic", List.of(), List.of(), true));
    complete(hana, id, "Confirm or override level", Map.of("levelDecision", "confirm"));

    ResponseEntity<Object> refused =
        hana.post(
            "/api/cases/" + id + "/twin-track",
            Map.of("child", "Ben Example", "reason", "Living with Gran is considered"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(String.valueOf(refused.getBody())).contains("consent");
    Map<String, Object> caseFile = Api.map(hana.get("/api/cases/" + id));
    assertThat(Api.list(caseFile.get("twinTrackPlans"))).isEmpty();
    assertThat(Api.list(caseFile.get("sharingDecisions")))
        .filteredOn(d -> "twin-track".equals(d.get("purpose")))
        .singleElement()
        .satisfies(d -> assertThat(d).containsEntry("shared", false));

    ResponseEntity<Object> notLead =
        Api.as(port, "mel")
            .post(
                "/api/cases/" + id + "/twin-track", Map.of("child", "Ben Example", "reason", "x"));
    assertThat(notLead.getStatusCode().value()).isIn(403, 404);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  private void fireTimer(String caseId, String processKey) {
    FullRunScenario.fireTimer(runtimeService, managementService, caseId, processKey);
  }
}
