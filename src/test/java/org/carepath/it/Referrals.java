package org.carepath.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Referral bodies for the API tests. */
final class Referrals {

  static Map<String, Object> motherUsingHeroin(String agency) {
    return Map.of(
        "referringAgency",
        agency,
        "reason",
        "Mother disclosed heroin use at a home visit; the children's routine has slipped.",
        "adults",
        List.of(
            Map.of(
                "name", "Amy Example",
                "role", "mother",
                "dateOfBirth", "1994-02-03",
                "substances", List.of("heroin", "methadone"))),
        "children",
        List.of(
            Map.of("name", "Ben Example", "dateOfBirth", "2021-06-01", "livesWith", "mother"),
            Map.of("name", "Cara Example", "dateOfBirth", "2016-09-12", "livesWith", "mother")));
  }

  static Map<String, Object> pregnantMother(String agency) {
    return Map.of(
        "referringAgency",
        agency,
        "reason",
        "Booked at 14 weeks; reports daily alcohol use.",
        "adults",
        List.of(
            Map.of(
                "name",
                "Dee Example",
                "role",
                "mother",
                "substances",
                List.of("alcohol"),
                "pregnant",
                true,
                "expectedDeliveryDate",
                LocalDate.now().plusMonths(5).toString())),
        "children",
        List.of());
  }

  /** The Tasklist start form, filled in as a school worker would for this agency. */
  static Map<String, Object> startForm(String agency) {
    Map<String, Object> form = new java.util.HashMap<>();
    form.put("referringAgency", agency);
    form.put("reason", "Child says dad drinks every night");
    form.put("adult1Name", "Sol Example");
    form.put("adult1Role", "father");
    form.put("adult1Substances", List.of("alcohol"));
    form.put("child1Name", "Tia Example");
    form.put("child1DateOfBirth", "2015-04-02");
    form.put("child1LivesWith", "both parents");
    return form;
  }

  private Referrals() {}
}
