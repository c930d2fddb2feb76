package org.carepath.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.springframework.stereotype.Service;

/** The signed-in practitioner's work: the open tasks of their agencies, from the read model. */
@Service
public class Work {

  static final int MAX_PAGE_SIZE = 200;
  static final Set<String> DUE = Set.of("overdue", "today", "week");

  private final WorkItemRepository items;
  private final CurrentUser currentUser;
  private final Clock clock;

  Work(WorkItemRepository items, CurrentUser currentUser, Clock clock) {
    this.items = items;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** What {@code GET /api/work} answers. */
  public record Page(long total, int page, int size, List<Item> items) {}

  public record Item(
      String taskId,
      String caseId,
      String familyName,
      String name,
      String taskKey,
      String agency,
      Integer level,
      OffsetDateTime dueAt,
      boolean overdue,
      String assignee,
      OffsetDateTime createdAt) {}

  /** The filters of the list; any may be null. */
  public record Query(
      Integer page,
      Integer size,
      String agency,
      String task,
      String due,
      Integer level,
      Boolean mine) {}

  public Page list(Query query) {
    int page = query.page() == null ? 0 : query.page();
    int size = query.size() == null ? 50 : query.size();
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0) {
      problems.add(new FieldProblem("page", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      problems.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE));
    }
    if (query.due() != null && !DUE.contains(query.due())) {
      problems.add(new FieldProblem("due", "must be one of overdue, today, week"));
    }
    if (query.level() != null && (query.level() < 1 || query.level() > 4)) {
      problems.add(new FieldProblem("level", "must be 1, 2, 3 or 4"));
    }
    List<String> groups = currentUser.groupIds();
    if (query.agency() != null && !groups.contains(query.agency())) {
      problems.add(new FieldProblem("agency", "is not an agency you belong to"));
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    if (groups.isEmpty()) {
      return new Page(0, page, size, List.of());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    WorkItemRepository.Filter filter =
        new WorkItemRepository.Filter(
            query.agency() != null ? List.of(query.agency()) : List.copyOf(groups),
            currentUser.userId(),
            blankToNull(query.task()),
            dueBefore(query.due(), now),
            query.level(),
            Boolean.TRUE.equals(query.mine()));
    List<Item> rows =
        items.page(filter, page * size, size).stream().map(row -> item(row, now)).toList();
    return new Page(items.count(filter), page, size, rows);
  }

  /** One task of the user's agencies, as the list shows it. */
  public Item item(String taskId) {
    List<String> groups = currentUser.groupIds();
    OffsetDateTime now = OffsetDateTime.now(clock);
    return (groups.isEmpty()
            ? java.util.Optional.<WorkItemRepository.Row>empty()
            : items.one(taskId, groups))
        .map(row -> item(row, now))
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    "task-not-found",
                    "There is no open task "
                        + taskId
                        + " for your agencies. It may have been"
                        + " completed already."));
  }

  /** A case's open tasks, whichever agencies they are offered to. */
  public record CaseTask(
      String taskId,
      String name,
      List<String> agencies,
      OffsetDateTime dueAt,
      boolean overdue,
      String assignee) {}

  public List<CaseTask> openTasksOf(long caseId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return perTask(
        items.ofCase(caseId),
        WorkItemRepository.Row::taskId,
        WorkItemRepository.Row::groupId,
        (row, agencies) ->
            new CaseTask(
                row.taskId(),
                row.name(),
                agencies,
                row.dueAt(),
                row.dueAt() != null && row.dueAt().isBefore(now),
                row.assignee()));
  }

  /** A task done on a case: what, for which agencies, by whom, when. */
  public record DoneTask(
      String name, List<String> agencies, String doneBy, OffsetDateTime doneAt) {}

  public List<DoneTask> doneTasksOf(long caseId) {
    return perTask(
        items.doneOf(caseId),
        WorkItemRepository.Done::taskId,
        WorkItemRepository.Done::agency,
        (done, agencies) -> new DoneTask(done.name(), agencies, done.doneBy(), done.doneAt()));
  }

  /**
   * The read model keeps a row per task and agency; a case shows each task once, with its agencies,
   * in the order of the first row of each.
   */
  private static <R, T> List<T> perTask(
      List<R> rows,
      java.util.function.Function<R, String> taskId,
      java.util.function.Function<R, String> agency,
      java.util.function.BiFunction<R, List<String>, T> task) {
    java.util.Map<String, R> first = new java.util.LinkedHashMap<>();
    java.util.Map<String, List<String>> agencies = new java.util.HashMap<>();
    for (R row : rows) {
      first.putIfAbsent(taskId.apply(row), row);
      agencies.computeIfAbsent(taskId.apply(row), id -> new ArrayList<>()).add(agency.apply(row));
    }
    return first.entrySet().stream()
        .map(e -> task.apply(e.getValue(), List.copyOf(agencies.get(e.getKey()))))
        .toList();
  }

  private static Item item(WorkItemRepository.Row row, OffsetDateTime now) {
    return new Item(
        row.taskId(),
        row.caseReference(),
        row.familyName(),
        row.name(),
        row.taskKey(),
        row.groupId(),
        row.level(),
        row.dueAt(),
        row.dueAt() != null && row.dueAt().isBefore(now),
        row.assignee(),
        row.createdAt());
  }

  private OffsetDateTime dueBefore(String due, OffsetDateTime now) {
    if (due == null) {
      return null;
    }
    return switch (due) {
      case "overdue" -> now;
      case "today" ->
          LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
      default -> now.plusDays(7);
    };
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
