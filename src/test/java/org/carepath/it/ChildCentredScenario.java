package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Decisions centred on the child, over HTTP as practitioners make them: harm seen in a child sets
 * the level with no drug use known; an override of a proposed immediate risk waits for a manager,
 * the proposed level and its work standing meanwhile; Level 4 in pregnancy is led by the midwife.
 */
final class ChildCentredScenario {

  private final int port;
  private final String manager;
  private final String midwife;

  /** {@code manager} is in managers, {@code midwife} in midwifery; hana is a health visitor. */
  ChildCentredScenario(int port, String manager, String midwife) {
    this.port = port;
    this.manager = manager;
    this.midwife = midwife;
  }

  /** Neglect ticked on the checklist, no drug use known: Level 3, with the reason naming it. */
  void neglectWithNoKnownUseIsProposedAtLevelThree() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.referredWithConsent(hana, "given", "agreed");
    Map<String, Object> assessment =
        new HashMap<>(
            FullRunScenario.assessment(
                "none",
                List.of("neglect-or-abuse", "no-routine"),
                List.of("family-support"),
                true));
    FullRunScenario.complete(hana, id, "Assess family", assessment);

    Map<String, Object> caseFile = Api.map(hana.get("/api/cases/" + id));
    Map<String, Object> proposal = Api.list(caseFile.get("levelHistory")).get(0);
    assertThat(proposal).containsEntry("proposedLevel", 3);
    assertThat((String) proposal.get("proposedReason")).contains("neglect or abuse");
    @SuppressWarnings("unchecked")
    Map<String, Object> recorded = (Map<String, Object>) proposal.get("assessment");
    assertThat(recorded)
        .containsEntry("neglectOrAbuse", true)
        .containsEntry("childIndicatorCount", 1)
        .containsEntry("selfHarm", false);
  }

  /**
   * A parent unable to care and a child left alone: Level 4 proposed as an immediate risk. Lowering
   * it to Level 2 waits for a manager; Level 4 and its strategy discussion stand until the manager
   * countersigns, then the level is 2 and the review is due within 7 days.
   */
  void anOverrideOfAProposedImmediateRiskWaitsForAManagersCountersignature() {
    Api hana = Api.as(port, "hana");
    Api max = Api.as(port, manager);
    String id = FullRunScenario.referredWithConsent(hana, "given", "agreed");
    Map<String, Object> assessment =
        new HashMap<>(
            FullRunScenario.assessment(
                "chaotic",
                List.of("parent-intoxicated-unable-to-care", "left-alone-or-unsuitable-carers"),
                List.of(),
                true));
    assessment.put("usingInFrontOfChildren", false);
    FullRunScenario.complete(hana, id, "Assess family", assessment);
    Map<String, Object> override = new HashMap<>();
    override.put("levelDecision", "override");
    override.put("overrideLevel", "2");
    override.put("overrideReason", "Grandmother has moved in and cares for the children");
    FullRunScenario.complete(hana, id, "Confirm or override level", override);

    Map<String, Object> waiting = Api.map(hana.get("/api/cases/" + id));
    assertThat(waiting).containsEntry("currentLevel", 4);
    Map<String, Object> decision = Api.list(waiting.get("levelHistory")).get(0);
    assertThat(decision)
        .containsEntry("proposedLevel", 4)
        .containsEntry("proposedImmediateRisk", true)
        .containsEntry("outcome", "COUNTERSIGN")
        .containsEntry("confirmedLevel", 4);
    assertThat(decision.get("countersignature").toString())
        .contains("requestedLevel=2", "status=AWAITING");
    assertThat(openTaskKeys(hana, id)).contains("strategy-discussion");
    // Only managers countersign.
    assertThat(
            Api.list(hana.get("/engine-rest/task?processInstanceBusinessKey=" + id)).stream()
                .map(t -> t.get("name")))
        .doesNotContain("Countersign the change of level · " + id);
    Map<String, Object> task = FullRunScenario.openTask(max, id, "Countersign the change of level");
    ResponseEntity<Object> noReason =
        max.post(
            "/engine-rest/task/" + task.get("id") + "/submit-form",
            Api.variables(Map.of("countersignDecision", "agree")));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().toString()).contains("countersignReason");

    FullRunScenario.complete(
        max,
        id,
        "Countersign the change of level",
        Map.of(
            "countersignDecision",
            "agree",
            "countersignReason",
            "Seen at the home visit today: grandmother is caring and the children are safe"));

    Map<String, Object> after = Api.map(hana.get("/api/cases/" + id));
    assertThat(after).containsEntry("currentLevel", 2);
    Map<String, Object> countersigned = Api.list(after.get("levelHistory")).get(0);
    assertThat(countersigned.get("countersignature").toString())
        .contains("status=AGREED", "countersignedBy=" + manager);
    java.time.OffsetDateTime review =
        java.time.OffsetDateTime.parse((String) after.get("nextReviewDue"));
    assertThat(review).isBefore(java.time.OffsetDateTime.now().plusDays(8));
    assertThat(
            Api.list(Api.map(hana.get("/api/cases/" + id + "/chronology")).get("items")).stream()
                .map(item -> (String) item.get("summary")))
        .anyMatch(text -> text.startsWith("Level 2 asked for over the proposal"))
        .anyMatch(text -> text.startsWith("Change of level countersigned by a manager; Level 2"));
  }

  /** A manager who does not countersign leaves the proposed level in force. */
  void aRefusedCountersignatureKeepsTheProposedLevel() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.referredWithConsent(hana, "given", "agreed");
    Map<String, Object> assessment =
        new HashMap<>(FullRunScenario.assessment("problematic", List.of(), List.of(), true));
    assessment.put("immediateRiskOfHarm", true);
    FullRunScenario.complete(hana, id, "Assess family", assessment);
    FullRunScenario.complete(
        hana,
        id,
        "Confirm or override level",
        Map.of("levelDecision", "override", "overrideLevel", "3", "overrideReason", "Calmer now"));
    FullRunScenario.complete(
        Api.as(port, manager),
        id,
        "Countersign the change of level",
        Map.of("countersignDecision", "decline", "countersignReason", "Nothing has changed yet"));

    Map<String, Object> after = Api.map(hana.get("/api/cases/" + id));
    assertThat(after).containsEntry("currentLevel", 4);
    assertThat(Api.list(after.get("levelHistory")).get(0).get("countersignature").toString())
        .contains("status=DECLINED");
    assertThat(openTaskKeys(hana, id)).contains("strategy-discussion");
  }

  /**
   * A pregnant mother stable on methadone, consent declined: Level 4 is intensive support led by
   * the midwife, and children's social care is not told without a harm basis.
   */
  void levelFourInPregnancyIsLedByTheMidwifeAndDeclinedConsentHoldsSocialCaresWork() {
    Api mia = Api.as(port, midwife);
    ResponseEntity<Object> created = mia.post("/api/cases", Referrals.pregnantMother("midwifery"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) Api.map(created).get("id");
    FullRunScenario.complete(
        mia,
        id,
        "Record information-sharing consent",
        Map.of("consentBasis", "declined", "consentReason", "Afraid the baby will be taken"));
    FullRunScenario.complete(
        mia,
        id,
        "Assess family",
        FullRunScenario.assessment("stable-treatment", List.of(), List.of("family-support"), true));
    FullRunScenario.complete(
        mia, id, "Confirm or override level", Map.of("levelDecision", "confirm"));

    Map<String, Object> caseFile = Api.map(mia.get("/api/cases/" + id));
    assertThat(caseFile).containsEntry("currentLevel", 4).containsEntry("leadAgency", "midwifery");
    FullRunScenario.sharedWith(caseFile, "children-social-care", false, "consent-declined");
    assertThat(Api.list(caseFile.get("agencyTasks")))
        .filteredOn(t -> "children-social-care".equals(t.get("agency")))
        .extracting(t -> t.get("status"))
        .containsOnly("HELD");
  }

  /**
   * "Mother unconscious, child alone": a strategy discussion for children's social care is open the
   * same day, before consent, on the basis of immediate risk; without what was seen, 400.
   */
  void anImmediateRiskAtReferralIsActedOnBeforeConsent() {
    Api sara = Api.as(port, "sara");
    Map<String, Object> referral = new HashMap<>(Referrals.motherUsingHeroin("school"));
    referral.put("immediateRiskOfHarm", true);
    ResponseEntity<Object> unsaid = sara.post("/api/cases", referral);
    assertThat(unsaid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unsaid.getBody().toString()).contains("immediateRiskSeen");

    referral.put("immediateRiskSeen", "Mother unconscious on the floor; Ben, 5, alone with her");
    ResponseEntity<Object> created = sara.post("/api/cases", referral);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) Api.map(created).get("id");

    FullRunScenario.openTask(sara, id, "Record information-sharing consent");
    Map<String, Object> caseFile = Api.map(sara.get("/api/cases/" + id));
    assertThat(Api.list(caseFile.get("agencyTasks")))
        .filteredOn(t -> "strategy-discussion".equals(t.get("taskKey")))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t).containsEntry("agency", "children-social-care");
              assertThat(t).containsEntry("status", "OPEN");
              assertThat(java.time.OffsetDateTime.parse((String) t.get("dueAt")))
                  .isBefore(java.time.OffsetDateTime.now().plusDays(1).plusMinutes(1));
            });
    FullRunScenario.sharedWith(caseFile, "children-social-care", true, "immediate-risk");
    assertThat(
            Api.list(Api.map(sara.get("/api/cases/" + id + "/chronology")).get("items")).stream()
                .map(item -> (String) item.get("summary")))
        .anyMatch(text -> text.contains("Mother unconscious on the floor"));
  }

  private static List<String> openTaskKeys(Api as, String id) {
    return Api.list(Api.map(as.get("/api/cases/" + id)).get("agencyTasks")).stream()
        .filter(t -> "OPEN".equals(t.get("status")))
        .map(t -> (String) t.get("taskKey"))
        .toList();
  }
}
