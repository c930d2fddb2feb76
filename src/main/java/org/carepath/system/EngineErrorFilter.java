package org.carepath.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What the engine's REST API (and the webapps' engine API) answers when something goes wrong, in
 * plain words: a change that collided with someone else's (two people completing the same task, a
 * double click) is a 409 conflict, never a 500; any other server error, or an error whose message
 * quotes engine codes, SQL, entities or classes, is answered without them. The original is logged
 * with a correlation id, which the answer carries so support can find it.
 */
class EngineErrorFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineErrorFilter.class);

  /** The engine's words for a change that lost a race with another transaction. */
  private static final Pattern CONFLICT =
      Pattern.compile(
          "OptimisticLocking|ENGINE-03005|updated by another transaction|concurrent",
          Pattern.CASE_INSENSITIVE);

  /** What a practitioner or an integrating tool should never be shown. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "ENGINE-\\d{4,5}|[A-Za-z]+Entity\\b|\\b(?:INSERT|UPDATE|DELETE|SELECT)\\b.*\\b(?:INTO|SET|FROM)\\b"
              + "|\\bSQL|org\\.camunda|org\\.h2|org\\.postgresql|java\\.[a-z]+\\.",
          Pattern.DOTALL);

  static final String CONFLICT_DETAIL =
      "Someone else changed this at the same moment (for example, a colleague completed the task"
          + " first), so your change was not made. Reload to see what happened before you try"
          + " again.";

  static final String ERROR_DETAIL =
      "carepath could not complete the request. Nothing was changed; try again, or tell support"
          + " the reference below.";

  /** Completing or submitting a task: the loser of a race may find the task already gone. */
  private static final Pattern TASK_ACTION =
      Pattern.compile(
          "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:submit-form|complete|resolve)$");

  static final String TASK_DONE_DETAIL =
      "This task was completed by someone else a moment ago, so your answers were not saved."
          + " Reload your task list to see where the family's case has got to.";

  private final ObjectMapper json;
  private final HistoryService historyService;
  private final CurrentUser currentUser;

  EngineErrorFilter(ObjectMapper json, HistoryService historyService, CurrentUser currentUser) {
    this.json = json;
    this.historyService = historyService;
    this.currentUser = currentUser;
  }

  /** What the client is told instead: status, problem type and plain words. */
  private record Answer(
      HttpStatus status, String slug, String detail, String message, List<FieldProblem> errors) {
    Answer(HttpStatus status, String slug, String detail) {
      this(status, slug, detail, detail, List.of());
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    FormProblems.takeLast();
    try {
      chain.doFilter(request, cached);
    } finally {
      int status = cached.getStatus();
      FormProblems.Refusal refusal = FormProblems.takeLast();
      if (status >= 400) {
        String body = new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8);
        Answer answer = answer(request, status, body, refusal);
        if (answer != null) {
          replace(request, cached, status, body, answer);
        }
      }
      cached.copyBodyToResponse();
    }
  }

  /** The plain answer for this error, or null when the engine's own answer can stand. */
  private Answer answer(
      HttpServletRequest request, int status, String body, FormProblems.Refusal refusal) {
    TaskState task = status == 403 ? refusedTaskState(request) : taskState(request);
    // Whatever the losing request ran into (even a form check on the step the winner moved the
    // case to, which it can read before its own change fails), the task was done by someone else.
    if (task == TaskState.FINISHED) {
      return new Answer(HttpStatus.CONFLICT, "conflict", TASK_DONE_DETAIL);
    }
    // A refusal from a task listener reaches the REST API wrapped as a 500.
    if (refusal != null) {
      return new Answer(
          HttpStatus.BAD_REQUEST,
          refusal.slug(),
          refusal.what(),
          refusal.what() + " " + ApiProblem.describe(refusal.problems()),
          refusal.problems());
    }
    if (task == TaskState.UNKNOWN && status >= 500) {
      return new Answer(
          HttpStatus.NOT_FOUND,
          "task-not-found",
          "There is no such task, or it is not one you can see.");
    }
    if (CONFLICT.matcher(body).find() && (status >= 500 || INTERNALS.matcher(body).find())) {
      return new Answer(HttpStatus.CONFLICT, "conflict", CONFLICT_DETAIL);
    }
    if (status >= 500) {
      return new Answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", ERROR_DETAIL);
    }
    if (INTERNALS.matcher(body).find()) {
      HttpStatus refused = HttpStatus.valueOf(status);
      return new Answer(
          refused,
          "request-refused",
          "The request was refused (" + refused.getReasonPhrase() + ").");
    }
    return null;
  }

  private enum TaskState {
    NOT_A_TASK,
    OPEN,
    FINISHED,
    UNKNOWN
  }

  /** For a request acting on a task: is that task still open, completed already, or unknown? */
  private TaskState taskState(HttpServletRequest request) {
    String taskId = taskId(request);
    if (taskId == null) {
      return TaskState.NOT_A_TASK;
    }
    // Our own look at history, whatever the caller may read: the answer reveals no more than
    // that the task is done or unknown.
    return currentUser.asSystem(
        () -> {
          var history =
              historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
          if (history == null) {
            return TaskState.UNKNOWN;
          }
          return history.getEndTime() != null ? TaskState.FINISHED : TaskState.OPEN;
        });
  }

  /** The task a request completes or submits, or null for any other request. */
  private static String taskId(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return null;
    }
    Matcher task =
        TASK_ACTION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    return task.matches() ? task.group(1) : null;
  }

  /**
   * A refusal on a task the caller was offered, and which has just been completed, lost a race: the
   * winner's commit removed the task's authorizations between the loser reading the task and the
   * engine checking the loser's permission. Anyone else's refusal stands as it is, telling them
   * nothing about the task.
   */
  private TaskState refusedTaskState(HttpServletRequest request) {
    if (!(request.getAttribute(EngineAuthenticationBridge.ENGINE_USER)
        instanceof Authentication caller)) {
      return TaskState.NOT_A_TASK;
    }
    TaskState state = taskState(request);
    if (state != TaskState.FINISHED) {
      return TaskState.NOT_A_TASK;
    }
    String taskId = taskId(request);
    return currentUser.asSystem(
        () -> {
          var history =
              historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
          boolean offered =
              caller.getUserId().equals(history.getAssignee())
                  || historyService
                      .createHistoricIdentityLinkLogQuery()
                      .taskId(taskId)
                      .list()
                      .stream()
                      .anyMatch(
                          link ->
                              caller.getUserId().equals(link.getUserId())
                                  || (link.getGroupId() != null
                                      && caller.getGroupIds().contains(link.getGroupId())));
          return offered ? TaskState.FINISHED : TaskState.NOT_A_TASK;
        });
  }

  private void replace(
      HttpServletRequest request,
      ContentCachingResponseWrapper response,
      int status,
      String body,
      Answer answer)
      throws IOException {
    String correlationId = CorrelationIds.of(request);
    if (answer.status() == HttpStatus.INTERNAL_SERVER_ERROR) {
      log.error(
          "Engine error {} on {} {} [correlation {}]: {}",
          status,
          request.getMethod(),
          request.getRequestURI(),
          correlationId,
          body);
    } else {
      log.info(
          "Answered {} for engine {} on {} {} [correlation {}]: {}",
          answer.status().value(),
          status,
          request.getMethod(),
          request.getRequestURI(),
          correlationId,
          body);
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", Problems.TYPE_PREFIX + answer.slug());
    problem.put("title", answer.status().getReasonPhrase());
    problem.put("status", answer.status().value());
    problem.put("detail", answer.detail());
    // Camunda's clients (Tasklist, Cockpit, the engine's REST clients) read "message".
    problem.put("message", answer.message());
    if (!answer.errors().isEmpty()) {
      problem.put("errors", answer.errors());
    }
    problem.put("correlationId", correlationId);
    response.resetBuffer();
    response.setStatus(answer.status().value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), problem);
  }
}
