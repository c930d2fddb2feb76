package org.carepath.cases;

import java.time.OffsetDateTime;

/** A period in which an agency led the case; the handoff that started it, if any. */
public record LeadProfessional(
    String agency, OffsetDateTime since, OffsetDateTime until, Long handoffId) {}
