package org.carepath.cases;

import java.time.LocalDate;

/** An adult of a case as stored. */
public record CaseAdult(
    long id,
    String name,
    String role,
    LocalDate dateOfBirth,
    boolean pregnant,
    LocalDate expectedDeliveryDate) {}
