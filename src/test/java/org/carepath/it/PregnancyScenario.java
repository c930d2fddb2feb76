package org.carepath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.it.FullRunScenario.complete;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Over HTTP, a pregnant mother from referral by the midwife to the health visitor's hand-over with
 * the newborn on the case; and the pregnancy and birth requests that must be refused. Users: {@code
 * mel} (midwifery), {@code hana} (health visiting).
 */
final class PregnancyScenario {

  private final Api mel;
  private final Api hana;

  PregnancyScenario(int port) {
    this.mel = Api.as(port, "mel");
    this.hana = Api.as(port, "hana");
  }

  static Map<String, Object> pregnantHeroinUser(LocalDate expected) {
    return Map.of(
        "referringAgency",
        "midwifery",
        "reason",
        "Booked at 16 weeks; uses heroin and is on a methadone script.",
        "adults",
        List.of(
            Map.of(
                "name",
                "Dee Example",
                "role",
                "mother",
                "substances",
                List.of("heroin", "methadone"),
                "pregnant",
                true,
                "expectedDeliveryDate",
                expected.toString()),
            Map.of("name", "Ray Example", "role", "father", "substances", List.of())),
        "children",
        List.of());
  }

  /** Referral to hand-over: the meeting is dated from the expected date and moves with it. */
  void fromReferralToHandover() {
    LocalDate expected = LocalDate.now().plusWeeks(20);
    ResponseEntity<Object> created = mel.post("/api/cases", pregnantHeroinUser(expected));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) Api.map(created).get("id");

    // Before the first level nothing of the pregnancy's work is shared: consent comes first.
    assertThat(Api.list(Api.map(mel.get("/api/cases/" + id)).get("pregnancies")))
        .singleElement()
        .satisfies(p -> assertThat(p.get("status")).isEqualTo("EXPECTED"));
    assertThat(FullRunScenario.openAgencyTasks(mel, id)).isEmpty();

    complete(
        mel,
        id,
        "Record information-sharing consent",
        Map.of("consentBasis", "given", "consentReason", "Both parents agreed at booking"));
    complete(
        mel,
        id,
        "Assess family",
        FullRunScenario.assessment("stable-treatment", List.of(), List.of(), true));
    // Coordinated support led by the midwife, as the practitioners judge it.
    complete(
        mel,
        id,
        "Confirm or override level",
        Map.of(
            "levelDecision",
            "override",
            "overrideLevel",
            3,
            "overrideReason",
            "Stable on methadone, engaged, strong family support: coordinated support is enough"));

    Map<String, Object> caseFile = Api.map(mel.get("/api/cases/" + id));
    assertThat(caseFile.get("leadAgency")).isEqualTo("midwifery");
    Map<String, Map<String, Object>> tasks = openByKey(id);
    assertThat(tasks)
        .containsKeys(
            "midwifery:antenatal-substance-review",
            "midwifery:blood-borne-virus-screening",
            "drug-alcohol-service:pregnancy-treatment-plan",
            "children-social-care:pre-birth-assessment",
            "children-social-care:pre-birth-planning-meeting");
    LocalDate meeting = dueOn(tasks.get("children-social-care:pre-birth-planning-meeting"));
    assertThat(meeting).isEqualTo(expected.minusWeeks(8));

    // A dating scan moves the expected date a week later: the meeting moves with it.
    ResponseEntity<Object> redated =
        mel.exchange(
            HttpMethod.PUT,
            "/api/cases/" + id + "/pregnancies/" + pregnancyId(id) + "/expected-date",
            Map.of(
                "expectedDeliveryDate", expected.plusWeeks(1).toString(), "reason", "Dating scan"),
            Map.of());
    assertThat(redated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dueOn(openByKey(id).get("children-social-care:pre-birth-planning-meeting")))
        .isEqualTo(expected.plusWeeks(1).minusWeeks(8));

    // The baby comes early, before the planning meeting.
    ResponseEntity<Object> birth =
        mel.post(
            "/api/cases/" + id + "/births", birth("Dee Example", "Eve Example", LocalDate.now()));
    assertThat(birth.getStatusCode()).as("%s", birth.getBody()).isEqualTo(HttpStatus.CREATED);

    caseFile = Api.map(mel.get("/api/cases/" + id));
    assertThat(Api.list(caseFile.get("children")))
        .extracting(c -> c.get("name"))
        .containsExactly("Eve Example");
    assertThat(Api.list(caseFile.get("adults")).get(0).get("pregnant")).isEqualTo(false);
    assertThat(Api.list(caseFile.get("agencyTasks")))
        .filteredOn(t -> "pre-birth-planning-meeting".equals(t.get("taskKey")))
        .singleElement()
        .satisfies(t -> assertThat(t.get("outcome")).isEqualTo("missed"));
    assertThat(Api.list(caseFile.get("stages")))
        .filteredOn(s -> "pregnancy".equals(s.get("stage")))
        .singleElement()
        .satisfies(
            s ->
                assertThat(Api.list(s.get("events")))
                    .extracting(e -> e.get("kind"))
                    .contains("STARTED", "REDATED", "BORN", "STEP_MISSED", "ENDED"));
    assertThat(openByKey(id))
        .containsKeys(
            "midwifery:neonatal-withdrawal-monitoring",
            "midwifery:discharge-planning",
            "gp:contraception-advice",
            "health-visiting:infant-health-check");
    FullRunScenario.openTask(mel, id, "Steps missed: decide what happens now");

    // The midwife hands over to the health visitor, who becomes lead professional.
    FullRunScenario.handOff(mel, hana, id, "Hana is your health visitor from today");
    caseFile = Api.map(hana.get("/api/cases/" + id));
    assertThat(caseFile.get("leadAgency")).isEqualTo("health-visiting");
    assertThat(Api.list(caseFile.get("handoffs")))
        .filteredOn(h -> "HANDOVER".equals(h.get("kind")))
        .singleElement()
        .satisfies(h -> assertThat(h.get("status")).isEqualTo("ACCEPTED"));
    // The family is reassessed now the baby is born: the weeks after the birth are no step down,
    // so the level of the pregnancy is proposed at least, with the reason saying why.
    FullRunScenario.complete(
        hana,
        id,
        "Assess family",
        FullRunScenario.assessment("stable-treatment", List.of(), List.of("family-support"), true));
    Map<String, Object> reassessed =
        Api.list(Api.map(hana.get("/api/cases/" + id)).get("levelHistory")).get(1);
    assertThat(reassessed).containsEntry("trigger", "birth").containsEntry("proposedLevel", 3);
    assertThat((String) reassessed.get("proposedReason")).contains("born in the last 8 weeks");
    assertThat(reassessed.get("assessment").toString()).contains("levelInPregnancy=3");
  }

  /**
   * A health visitor refers a pregnant woman using heroin and methadone, due in 20 weeks: Level 4,
   * led by the midwife. The pregnancy's work is planned right after the level decision while the
   * handoff to the midwife runs, the planning meeting at least eight weeks before the date, and no
   * development check is planned for a baby not yet born.
   */
  void aPregnantLevelFourReferralPlansItsWorkWhileTheHandoffRuns() {
    LocalDate expected = LocalDate.now().plusWeeks(20);
    Map<String, Object> referral = new java.util.HashMap<>(pregnantHeroinUser(expected));
    referral.put("referringAgency", "health-visiting");
    ResponseEntity<Object> created = hana.post("/api/cases", referral);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) Api.map(created).get("id");
    complete(
        hana,
        id,
        "Record information-sharing consent",
        Map.of("consentBasis", "given", "consentReason", "Agreed at the first visit"));
    complete(
        hana,
        id,
        "Assess family",
        FullRunScenario.assessment("problematic", List.of(), List.of(), true));
    complete(hana, id, "Confirm or override level", Map.of("levelDecision", "confirm"));

    Map<String, Object> caseFile = Api.map(hana.get("/api/cases/" + id));
    assertThat(caseFile)
        .containsEntry("currentLevel", 4)
        .containsEntry("leadAgency", "health-visiting");
    assertThat(Api.list(caseFile.get("handoffs")))
        .singleElement()
        .satisfies(h -> assertThat(h.get("toAgency")).isEqualTo("midwifery"));
    Map<String, Map<String, Object>> tasks = openByKey(id);
    assertThat(tasks)
        .containsKeys(
            "midwifery:antenatal-substance-review",
            "midwifery:blood-borne-virus-screening",
            "drug-alcohol-service:pregnancy-treatment-plan",
            "children-social-care:pre-birth-assessment",
            "children-social-care:pre-birth-planning-meeting")
        .doesNotContainKey("health-visiting:early-years-development-check");
    assertThat(dueOn(tasks.get("children-social-care:pre-birth-planning-meeting")))
        .isBeforeOrEqualTo(expected.minusWeeks(8));
    // The outgoing lead's step of the handoff has a date too.
    assertThat(
            FullRunScenario.openTask(hana, id, "Record what continues and what stops").get("due"))
        .isNotNull();
  }

  /**
   * A loss: the pregnancy ends, its work closes as no longer needed, the mother is offered care.
   */
  void aPregnancyThatEndsWithoutABirth() {
    LocalDate expected = LocalDate.now().plusWeeks(20);
    String id = (String) Api.map(mel.post("/api/cases", pregnantHeroinUser(expected))).get("id");
    long pregnancy = pregnancyId(id);
    String end = "/api/cases/" + id + "/pregnancies/" + pregnancy + "/end";

    refused(
        mel.post(end, Map.of("how", "miscarriage", "endedOn", LocalDate.now().toString())), "how");
    refused(
        mel.post(end, Map.of("how", "loss", "endedOn", LocalDate.now().plusDays(1).toString())),
        "endedOn");
    ResponseEntity<Object> ended =
        mel.post(end, Map.of("how", "loss", "endedOn", LocalDate.now().toString()));
    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.map(ended)).containsEntry("status", "ENDED");
    assertThat(
            mel.post(end, Map.of("how", "loss", "endedOn", LocalDate.now().toString()))
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    Map<String, Object> caseFile = Api.map(mel.get("/api/cases/" + id));
    assertThat(Api.list(caseFile.get("adults")).get(0).get("pregnant")).isEqualTo(false);
    complete(
        mel,
        id,
        "Offer the mother care after the pregnancy ended",
        Map.of("careOffered", "accepted", "careNotes", "Bereavement midwife visiting on Friday"));
    assertThat(
            Api.list(Api.map(mel.get("/api/cases/" + id + "/chronology")).get("items")).stream()
                .map(item -> (String) item.get("summary")))
        .anyMatch(text -> text.startsWith("The pregnancy ended without a birth (a loss)"));
  }

  /** Bad requests name their field and store nothing. */
  void badPregnanciesAndBirthsAreRefused() {
    String id =
        (String)
            Api.map(mel.post("/api/cases", Referrals.motherUsingHeroin("midwifery"))).get("id");
    String pregnancies = "/api/cases/" + id + "/pregnancies";
    String births = "/api/cases/" + id + "/births";

    refused(mel.post(births, birth("Amy Example", "Zed", LocalDate.now())), "mother");
    refused(
        mel.post(pregnancies, pregnancy("Amy Example", LocalDate.now().plusWeeks(46))),
        "expectedDeliveryDate");
    refused(
        mel.post(pregnancies, pregnancy("Amy Example", LocalDate.now().minusDays(1))),
        "expectedDeliveryDate");
    refused(
        mel.post(pregnancies, pregnancy("Someone Else", LocalDate.now().plusWeeks(20))), "adult");
    Map<String, Object> unchanged = Api.map(mel.get("/api/cases/" + id));
    assertThat(Api.list(unchanged.get("pregnancies"))).isEmpty();
    assertThat(Api.list(unchanged.get("children"))).hasSize(2);

    // A pregnancy recorded after referral starts its own pathway.
    ResponseEntity<Object> recorded =
        mel.post(pregnancies, pregnancy("Amy Example", LocalDate.now().plusWeeks(30)));
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    refused(
        mel.post(births, birth("Amy Example", "Zed", LocalDate.now().plusDays(1))), "dateOfBirth");
    Map<String, Object> after = Api.map(mel.get("/api/cases/" + id));
    assertThat(Api.list(after.get("pregnancies")))
        .singleElement()
        .satisfies(p -> assertThat(p.get("status")).isEqualTo("EXPECTED"));
    assertThat(Api.list(after.get("children"))).hasSize(2);
    assertThat(Api.list(after.get("adults")).get(0).get("pregnant")).isEqualTo(true);
  }

  private static Map<String, Object> birth(String mother, String child, LocalDate born) {
    return Map.of("mother", mother, "childName", child, "dateOfBirth", born.toString());
  }

  private static Map<String, Object> pregnancy(String adult, LocalDate expected) {
    return Map.of("adult", adult, "expectedDeliveryDate", expected.toString());
  }

  private static void refused(ResponseEntity<Object> response, String field) {
    assertThat(response.getStatusCode())
        .as("%s", response.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.errorFields(response)).as("%s", response.getBody()).contains(field);
  }

  private long pregnancyId(String id) {
    return ((Number)
            Api.list(Api.map(mel.get("/api/cases/" + id)).get("pregnancies")).get(0).get("id"))
        .longValue();
  }

  private Map<String, Map<String, Object>> openByKey(String id) {
    Map<String, Map<String, Object>> byKey = new java.util.TreeMap<>();
    for (Map<String, Object> task : FullRunScenario.openAgencyTasks(mel, id)) {
      // One open task per agency and piece of work, whether routing or a stage asked for it.
      assertThat(byKey.put(task.get("agency") + ":" + task.get("taskKey"), task))
          .as("a second open %s:%s", task.get("agency"), task.get("taskKey"))
          .isNull();
    }
    return byKey;
  }

  private static LocalDate dueOn(Map<String, Object> task) {
    return OffsetDateTime.parse((String) task.get("dueAt")).toLocalDate();
  }
}
