package org.carepath.models;

import java.util.List;
import java.util.Map;
import org.carepath.system.FieldProblem;

/**
 * Checks the files of a deployment before the engine takes them, however the deployment arrives (at
 * startup, from Camunda Modeler through {@code /engine-rest/deployment/create}, or our own
 * endpoint). Features implement it as beans; {@link CheckedDeployments} runs them inside the
 * engine's deployment, so a refused deployment leaves the deployed versions untouched.
 */
public interface ModelCheck {

  /**
   * @param files the deployment's resources by name (e.g. {@code dmn/lead-agency.dmn})
   * @return the problems, each naming the file and the element in {@link FieldProblem#field()}
   */
  List<FieldProblem> check(Map<String, byte[]> files);
}
