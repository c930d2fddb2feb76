package org.carepath.system;

/**
 * One bad field of a request: its path in the body (e.g. {@code adults[0].name}) and what is wrong.
 */
public record FieldProblem(String field, String message) {}
