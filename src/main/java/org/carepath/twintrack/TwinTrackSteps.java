package org.carepath.twintrack;

import java.util.List;
import java.util.Map;

/**
 * What each task of a twin-track plan records: its track, the kind of step, and the form fields it
 * requires (key and the label the history shows).
 */
final class TwinTrackSteps {

  record Field(String key, String label) {}

  record Step(String track, String kind, List<Field> fields) {}

  static final Map<String, Step> BY_TASK =
      Map.of(
          "set-rehabilitation-milestones",
          new Step(
              "rehabilitation",
              "MILESTONES_SET",
              List.of(
                  new Field("treatmentMilestone", "Treatment milestone"),
                  new Field("treatmentMilestoneDate", "by"),
                  new Field("parentingMilestone", "Parenting milestone"),
                  new Field("parentingMilestoneDate", "by"),
                  new Field("contactArrangements", "Contact arrangements"))),
          "plan-care-at-home",
          new Step(
              "rehabilitation",
              "CARE_AT_HOME_PLANNED",
              List.of(
                  new Field("homePlan", "Plan for the child at home"),
                  new Field("supportThatStays", "Support that stays"))),
          "assess-kinship-carers",
          new Step(
              "permanence",
              "KINSHIP_ASSESSED",
              List.of(
                  new Field("kinshipCarers", "Kinship carers assessed"),
                  new Field("kinshipOutcome", "Outcome"),
                  new Field("kinshipSupport", "Support for kinship carers"))),
          "hold-family-group-conference",
          new Step(
              "permanence",
              "FAMILY_GROUP_CONFERENCE",
              List.of(
                  new Field("conferenceDate", "Held on"),
                  new Field("conferenceOutcome", "What the family agreed"))),
          "identify-concurrent-carers",
          new Step(
              "permanence",
              "CONCURRENT_CARERS",
              List.of(
                  new Field("concurrentCarersAvailable", "Concurrent carers available"),
                  new Field("concurrentCarersDetails", "Details"))),
          "secure-permanent-home",
          new Step(
              "permanence",
              "PERMANENT_HOME_SECURED",
              List.of(
                  new Field("permanentHome", "Permanent home"),
                  new Field("legalFooting", "Legal footing"),
                  new Field("carerSupport", "Support for the carers"),
                  new Field("contactPlan", "Contact"))));

  private TwinTrackSteps() {}
}
