package org.carepath.handoff;

/** What handing the lead to an agency new to the family tells it. */
final class HandoffShare {

  static final String INFORMATION =
      "Lead professional role: the whole case record (the family, the level and its reasons, the"
          + " assessments, and each agency's work and plans)";

  private HandoffShare() {}
}
