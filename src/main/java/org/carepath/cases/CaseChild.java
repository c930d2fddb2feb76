package org.carepath.cases;

import java.time.LocalDate;

/** A child of a case as stored: seed 003 asks for their ages and where they live. */
public record CaseChild(long id, String name, LocalDate dateOfBirth, String livesWith) {}
