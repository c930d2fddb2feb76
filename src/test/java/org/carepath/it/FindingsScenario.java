package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.pathway.FamilyPathway;
import org.carepath.testing.RoutedTaskAnswers;

/**
 * What an agency finds leads somewhere, over HTTP: a section 47 decision reassesses the family with
 * an immediate risk; a social work assessment concluding care planning starts twin-track planning
 * for the children; serious concerns at school give the lead professional a decision.
 */
final class FindingsScenario {

  private static final String FOLLOW_UP = "Act on what an agency found";

  private final int port;
  private final RuntimeService runtimeService;

  FindingsScenario(int port, RuntimeService runtimeService) {
    this.port = port;
    this.runtimeService = runtimeService;
  }

  void aSection47DecisionReassessesTheFamilyWithAnImmediateRisk() {
    Api sara = Api.as(port, "sara");
    Api sam = Api.as(port, "sam");
    Map<String, Object> referral = new HashMap<>(Referrals.motherUsingHeroin("school"));
    referral.put("immediateRiskOfHarm", true);
    referral.put("immediateRiskSeen", "Cara says her mother hit her; bruising on her arm");
    String id = (String) Api.map(sara.post("/api/cases", referral)).get("id");

    complete(sam, id, "strategy-discussion", Map.of("decision", "section-47"));

    assertThat(runtimeService.getVariable(pathway(id), FamilyPathway.IMMEDIATE_RISK_OF_HARM.name()))
        .isEqualTo(true);
    assertThat(story(sara, id))
        .anyMatch(s -> s.startsWith("What Children's social care found (Strategy discussion)"));
  }

  void careplanningStartsTwinTrackAndSeriousConcernsGoToTheLead() {
    Api hana = Api.as(port, "hana");
    String id = FullRunScenario.referredWithConsent(hana, "given", "Agreed at the visit");
    Map<String, Object> assessment =
        new HashMap<>(FullRunScenario.assessment("problematic", List.of(), List.of(), true));
    assessment.put("domesticAbuse", true);
    FullRunScenario.complete(hana, id, "Assess family", assessment);
    FullRunScenario.complete(
        hana, id, "Confirm or override level", Map.of("levelDecision", "confirm"));

    // The school has serious concerns: the lead professional decides what happens now.
    complete(
        Api.as(port, "sara"), id, "school-welfare-review", Map.of("learning", "serious-concerns"));
    Map<String, Object> followUp = FullRunScenario.openTask(hana, id, FOLLOW_UP);
    assertThat(followUp.get("due")).isNotNull();
    FullRunScenario.complete(
        hana,
        id,
        FOLLOW_UP,
        Map.of("followUpAction", "continue", "followUpNotes", "Spoke with the school; plan holds"));
    assertThat(story(hana, id))
        .anyMatch(s -> s.startsWith("What School found (School welfare review)"))
        .anyMatch(s -> s.startsWith("Going on with the plan after what School found"));

    // Care planning: twin-track planning for each child.
    complete(
        Api.as(port, "sam"), id, "social-work-assessment", Map.of("conclusion", "care-planning"));
    assertThat(Api.list(Api.map(hana.get("/api/cases/" + id)).get("twinTrackPlans")))
        .extracting(plan -> plan.get("child"))
        .containsExactlyInAnyOrder("Ben Example", "Cara Example");
  }

  /** Completes the agency's routed task with valid answers and these findings. */
  private static void complete(Api as, String id, String taskKey, Map<String, Object> findings) {
    Map<String, Object> task =
        Api.list(as.get("/engine-rest/task?processInstanceBusinessKey=" + id)).stream()
            .filter(
                t ->
                    ((String) t.get("formKey") + "").contains(taskKey)
                        || ((String) t.get("name"))
                            .startsWith(org.carepath.routing.AgencyTasks.title(taskKey) + " · "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no open " + taskKey + " on " + id));
    Map<String, Object> answers = new HashMap<>(RoutedTaskAnswers.valid(taskKey));
    answers.putAll(findings);
    assertThat(
            as.post("/engine-rest/task/" + task.get("id") + "/submit-form", Api.variables(answers))
                .getStatusCode()
                .value())
        .as("completing %s: ", taskKey)
        .isEqualTo(204);
  }

  private String pathway(String id) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(FamilyPathway.KEY)
        .processInstanceBusinessKey(id)
        .singleResult()
        .getId();
  }

  private static List<String> story(Api as, String id) {
    return Api.list(Api.map(as.get("/api/cases/" + id + "/chronology")).get("items")).stream()
        .map(item -> (String) item.get("summary"))
        .toList();
  }
}
