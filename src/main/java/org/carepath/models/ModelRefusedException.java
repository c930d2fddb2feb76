package org.carepath.models;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.carepath.system.ApiProblem;
import org.carepath.system.FieldProblem;
import org.springframework.http.HttpStatus;

/** Models the checks refuse; the message and the problems name every file and element. */
public class ModelRefusedException extends ProcessEngineException {

  private final transient List<FieldProblem> problems;

  ModelRefusedException(String what, List<FieldProblem> problems) {
    super(what + " " + ApiProblem.describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** The answer to a request that sent these models. */
  ApiProblem asProblem() {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "model-refused", CheckedDeployments.REFUSED, problems);
  }
}
