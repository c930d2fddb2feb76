package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Who may see a family, tried as a new user would: every {@code /api} endpoint walked as a user of
 * an agency that does not work with the family and as a service designer; a concern is never a way
 * in; only an agency's members act in its name.
 */
// The engine registers itself by name ("default") for its REST API: one live context at a time.
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:file:./target/it-h2/${random.uuid};DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0")
class AccessIT {

  private static final String DECIDE = "Decide whether to involve the agency that raised a concern";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** A family referred by health visiting and settled at a level, with consent as given. */
  private String caseAt(int level, String consentBasis) {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.referredWithConsent(hana, consentBasis, "Recorded at the visit");
    Map<String, Object> assessment =
        new HashMap<>(FullRunScenario.assessment("problematic", List.of(), List.of(), true));
    if (level == 4) {
      assessment.put("immediateRiskOfHarm", true);
    }
    FullRunScenario.complete(hana, id, "Assess family", assessment);
    Map<String, Object> decision = new HashMap<>(Map.of("levelDecision", "confirm"));
    FullRunScenario.complete(hana, id, "Confirm or override level", decision);
    return id;
  }

  @Test
  void everyApiEndpointRefusesAUserOfAnAgencyThatDoesNotWorkWithTheFamily() {
    String id = caseAt(2, "given");
    Api ida = Api.as(port, "ida");

    assertThat(caseIds(ida)).doesNotContain(id);
    ResponseEntity<Object> file = ida.get("/api/cases/" + id);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.map(file)).containsEntry("type", "urn:carepath:problem:case-not-yours");
    assertThat(
            ida.post(
                    "/api/cases/" + id + "/transfers",
                    Map.of("toAgency", "domestic-abuse", "reason", "We should lead"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.list(ida.get("/engine-rest/task?processInstanceBusinessKey=" + id))).isEmpty();
    assertThat(Api.list(ida.get("/engine-rest/process-instance?businessKey=" + id))).isEmpty();

    ResponseEntity<Object> concern =
        raiseConcernAsDomesticAbuseService(id, "Mother disclosed violence");
    assertThat(concern.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(Api.map(concern))
        .containsOnlyKeys("status", "detail")
        .containsEntry("status", "received");
    assertThat(concern.getBody().toString())
        .doesNotContain("Amy", "Ben", "Cara", "heroin", "level", "health-visiting");
    // Still nothing of the case until the lead decides.
    assertThat(ida.get("/api/cases/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseIds(ida)).doesNotContain(id);
  }

  @Test
  void everyApiEndpointRefusesAServiceDesigner() {
    String id = caseAt(2, "given");
    Api dee = Api.as(port, "dee");

    assertThat(caseIds(dee)).isEmpty();
    assertThat(dee.get("/api/cases/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(dee.post("/api/cases", Referrals.motherUsingHeroin("school")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Object> concern =
        dee.post(
            "/api/cases/" + id + "/concerns",
            Map.of("agency", "domestic-abuse", "description", "Looking around"));
    assertThat(concern.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.map(concern)).containsEntry("type", "urn:carepath:problem:not-a-member");
    assertThat(
            dee.post("/api/cases/" + id + "/transfers", Map.of("toAgency", "school", "reason", "x"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.list(dee.get("/engine-rest/task?processInstanceBusinessKey=" + id))).isEmpty();
  }

  @Test
  void theLeadDecidesToInvolveAnAgencyThatRaisedAConcernAndItThenSeesTheCase() {
    String id = caseAt(2, "given");
    Api ida = Api.as(port, "ida");
    Api hana = Api.as(port, "hana");
    raiseConcernAsDomesticAbuseService(id, "Mother disclosed violence");

    Map<String, Object> caseFile = Api.map(hana.get("/api/cases/" + id));
    assertThat(Api.list(caseFile.get("concerns")))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .containsEntry("raisedByAgency", "domestic-abuse")
                    .containsEntry("involvement", "AWAITING"));
    FullRunScenario.complete(
        hana,
        id,
        DECIDE,
        Map.of(
            "involvementDecision",
            "involve",
            "involvementReason",
            "The domestic abuse service should assess the risk to the mother"));

    assertThat(ida.get("/api/cases/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    caseFile = Api.map(hana.get("/api/cases/" + id));
    assertThat(Api.list(caseFile.get("concerns")))
        .singleElement()
        .satisfies(c -> assertThat(c).containsEntry("involvement", "INVOLVED"));
    assertThat(Api.list(caseFile.get("sharingDecisions")))
        .filteredOn(d -> "concern".equals(d.get("purpose")))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d)
                    .containsEntry("agency", "domestic-abuse")
                    .containsEntry("shared", true)
                    .containsEntry("basis", "consent")
                    .containsEntry("decidedBy", "hana"));
  }

  @Test
  void withoutConsentAtLevelTwoTheLeadCannotInvolveTheAgencyAndRecordsWhyNot() {
    String id = caseAt(2, "declined");
    Api hana = Api.as(port, "hana");
    raiseConcernAsDomesticAbuseService(id, "Mother disclosed violence");
    Map<String, Object> task = FullRunScenario.openTask(hana, id, DECIDE);

    ResponseEntity<Object> refused =
        hana.post(
            "/engine-rest/task/" + task.get("id") + "/submit-form",
            Api.variables(Map.of("involvementDecision", "involve", "involvementReason", "x")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.map(refused).get("message").toString())
        .contains("involvementDecision", "consent");

    FullRunScenario.complete(
        hana,
        id,
        DECIDE,
        Map.of(
            "involvementDecision",
            "do-not-involve",
            "involvementReason",
            "Mother asked that no other agency be told; we will talk to her about it"));
    assertThat(Api.as(port, "ida").get("/api/cases/" + id).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.list(Api.map(hana.get("/api/cases/" + id)).get("sharingDecisions")))
        .filteredOn(d -> "concern".equals(d.get("purpose")))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d)
                    .containsEntry("shared", false)
                    .containsEntry("basis", "consent-declined"));
  }

  @Test
  void atLevelFourChildrensSocialCareDecidesAndSignificantHarmAllowsInvolvingTheAgency() {
    String id = caseAt(4, "declined");
    raiseConcernAsDomesticAbuseService(id, "Father threatened the children");

    FullRunScenario.complete(
        Api.as(port, "sam"),
        id,
        DECIDE,
        Map.of("involvementDecision", "involve", "involvementReason", "MARAC risk assessment"));

    assertThat(Api.as(port, "ida").get("/api/cases/" + id).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            Api.list(Api.map(Api.as(port, "ida").get("/api/cases/" + id)).get("sharingDecisions")))
        .filteredOn(d -> "concern".equals(d.get("purpose")))
        .singleElement()
        .satisfies(d -> assertThat(d).containsEntry("basis", "immediate-risk"));
  }

  @Test
  void onlyMembersReferAFamilyForAnAgency() {
    long cases = caseCount();

    ResponseEntity<Object> refused =
        Api.as(port, "sara").post("/api/cases", Referrals.motherUsingHeroin("midwifery"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(Api.map(refused)).containsEntry("type", "urn:carepath:problem:not-a-member");
    assertThat(Api.errorFields(refused)).containsExactly("referringAgency");
    assertThat(caseCount()).isEqualTo(cases);
    assertThat(
            Api.as(port, "sara")
                .post("/api/cases", Referrals.motherUsingHeroin("school"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void theTasklistStartFormRefusesAReferralForAnotherAgency() {
    long cases = caseCount();
    Map<String, Object> form = Referrals.startForm("midwifery");

    ResponseEntity<Object> refused =
        Api.as(port, "sara")
            .post(
                "/engine-rest/process-definition/key/family-pathway/submit-form",
                Api.variables(form));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.map(refused).get("message").toString()).contains("not a member of midwifery");
    assertThat(caseCount()).isEqualTo(cases);
  }

  /** Ida works for the domestic abuse service, which no test family starts out involved with. */
  private ResponseEntity<Object> raiseConcernAsDomesticAbuseService(String id, String description) {
    return Api.as(port, "ida")
        .post(
            "/api/cases/" + id + "/concerns",
            Map.of("agency", "domestic-abuse", "description", description));
  }

  private static List<Object> caseIds(Api as) {
    return Api.list(Api.map(as.get("/api/cases?size=200")).get("items")).stream()
        .map(c -> c.get("id"))
        .toList();
  }

  private long caseCount() {
    return jdbc.sql("select count(*) from carepath.family_case").query(Long.class).single();
  }
}
