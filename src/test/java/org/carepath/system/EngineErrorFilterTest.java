package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The refusal the loser of a race to complete a task can get: the engine read the task before the
 * winner committed, then found its authorizations gone, and answered 403. Only someone the task was
 * offered to is told it was completed; anyone else's refusal stands.
 */
class EngineErrorFilterTest {

  @RegisterExtension static ProcessEngineExtension extension = ProcessTests.engine();

  /** What the engine answers when the task's authorizations are gone. */
  private static final String REFUSAL =
      "{\"type\":\"AuthorizationException\",\"message\":\"The user with id 'hana' does not have"
          + " 'TASK_WORK' permission on resource 'x' of type 'Task'.\"}";

  private ProcessEngine engine;
  private EngineErrorFilter filter;
  private String taskId;

  @BeforeEach
  void completeATaskOfferedToHealthVisiting() {
    engine = extension.getProcessEngine();
    // Removed with its instances after the test: the engine is shared with the other process tests.
    extension.manageDeployment(
        engine
            .getRepositoryService()
            .createDeployment()
            .addModelInstance(
                "offered.bpmn",
                Bpmn.createExecutableProcess("offered")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("visit")
                    .camundaCandidateGroups("health-visiting")
                    .endEvent()
                    .done())
            .deploy());
    String started = engine.getRuntimeService().startProcessInstanceByKey("offered").getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(started).singleResult();
    taskId = task.getId();
    filter =
        new EngineErrorFilter(
            new ObjectMapper(),
            engine.getHistoryService(),
            new CurrentUser(engine.getIdentityService()));
  }

  @Test
  void aRefusalOnATaskTheCallerWasOfferedAndSomeoneCompletedIsAConflict() throws Exception {
    engine.getTaskService().complete(taskId);

    MockHttpServletResponse answer =
        refused(new Authentication("hana", List.of("health-visiting")));

    assertThat(answer.getStatus()).isEqualTo(409);
    Map<?, ?> body =
        new ObjectMapper().readValue(answer.getContentAsString(StandardCharsets.UTF_8), Map.class);
    assertThat((String) body.get("detail")).contains("completed by someone else");
    assertThat(answer.getContentAsString()).doesNotContain("TASK_WORK", "Authorization");
  }

  @Test
  void aFormCheckTheLoserRanIntoOnTheNextStepIsAConflict() throws Exception {
    engine.getTaskService().complete(taskId);
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/engine-rest/task/" + taskId + "/submit-form");
    MockHttpServletResponse answer = new MockHttpServletResponse();
    // The losing request read the case where the winner had moved it, and the next step's form
    // check refused the loser's answers before its own change failed.
    FilterChain nextStepRefuses =
        (req, res) -> {
          FormProblems.remember(
              "invalid-form",
              "The assessment cannot be completed.",
              List.of(new FieldProblem("assessmentSummary", "is required")));
          ((HttpServletResponse) res).setStatus(400);
        };

    filter.doFilter(request, answer, nextStepRefuses);

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(answer.getContentAsString()).contains("completed by someone else");
  }

  @Test
  void aFormCheckOnATaskStillOpenNamesTheFields() throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/engine-rest/task/" + taskId + "/submit-form");
    MockHttpServletResponse answer = new MockHttpServletResponse();
    filter.doFilter(
        request,
        answer,
        (req, res) -> {
          FormProblems.remember(
              "invalid-form",
              "The visit cannot be recorded.",
              List.of(new FieldProblem("visitDate", "is required")));
          ((HttpServletResponse) res).setStatus(500);
        });

    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(answer.getContentAsString()).contains("visitDate", "The visit cannot be recorded.");
  }

  @Test
  void aRefusalOnACompletedTaskNeverOfferedToTheCallerStands() throws Exception {
    engine.getTaskService().complete(taskId);

    MockHttpServletResponse answer = refused(new Authentication("sam", List.of("school")));

    assertThat(answer.getStatus()).isEqualTo(403);
    assertThat(answer.getContentAsString()).isEqualTo(REFUSAL);
  }

  @Test
  void aRefusalOnATaskStillOpenStands() throws Exception {
    MockHttpServletResponse answer =
        refused(new Authentication("hana", List.of("health-visiting")));

    assertThat(answer.getStatus()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  private MockHttpServletResponse refused(Authentication caller) throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/engine-rest/task/" + taskId + "/submit-form");
    request.setAttribute(EngineAuthenticationBridge.ENGINE_USER, caller);
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain engineRefuses =
        (req, res) -> {
          HttpServletResponse http = (HttpServletResponse) res;
          http.setStatus(403);
          http.setContentType("application/json");
          http.getWriter().write(REFUSAL);
        };
    filter.doFilter(request, response, engineRefuses);
    return response;
  }
}
