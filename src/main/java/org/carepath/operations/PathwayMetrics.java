package org.carepath.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.pathway.Agencies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pathway seen from outside, for Prometheus: referrals, level decisions by level, routed tasks
 * by agency, open and overdue work by agency, handoffs waiting, incidents and jobs that have run
 * out of retries. Every figure is read from the shared database, so each node reports the same
 * value (use {@code max} across nodes, never {@code sum}). They are read together at most every 15
 * seconds ({@code carepath.operations.metrics-fresh}), however often they are scraped, and never
 * per request.
 */
@Component
class PathwayMetrics implements MeterBinder {

  static final List<Integer> LEVELS = List.of(1, 2, 3, 4);

  private final JdbcClient jdbc;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final Clock clock;
  private final Duration fresh;
  private Figures figures;
  private Instant readAt = Instant.MIN;

  PathwayMetrics(
      JdbcClient jdbc,
      RuntimeService runtimeService,
      ManagementService managementService,
      Clock clock,
      @Value("${carepath.operations.metrics-fresh:15s}") Duration fresh) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.clock = clock;
    this.fresh = fresh;
  }

  /** One reading of every figure. */
  record Figures(
      long referrals,
      Map<String, Long> openCasesByLevel,
      Map<String, Long> levelDecisionsByLevel,
      Map<String, Long> routedTasksByAgency,
      Map<String, Long> openTasksByAgency,
      Map<String, Long> overdueTasksByAgency,
      Map<String, Long> handoffsWaitingByAgency,
      long incidents,
      long jobsOutOfRetries,
      long jobsDue) {}

  @Override
  public void bindTo(MeterRegistry registry) {
    counter(registry, "carepath.referrals", "Families referred (ever)", Figures::referrals);
    counter(
        registry,
        "carepath.level.decisions",
        "Levels decided (confirmed or overridden), by the level decided",
        "level",
        levels(),
        Figures::levelDecisionsByLevel);
    counter(
        registry,
        "carepath.routed.tasks",
        "Tasks routed to an agency (ever), by agency",
        "agency",
        Agencies.ALL,
        Figures::routedTasksByAgency);
    gauge(
        registry,
        "carepath.cases.open",
        "Open cases, by current level (0: not yet decided)",
        "level",
        withUndecided(),
        Figures::openCasesByLevel);
    gauge(
        registry,
        "carepath.tasks.open",
        "Open tasks on agencies' work lists, by agency",
        "agency",
        Agencies.ALL,
        Figures::openTasksByAgency);
    gauge(
        registry,
        "carepath.tasks.overdue",
        "Open tasks past their due date, by agency",
        "agency",
        Agencies.ALL,
        Figures::overdueTasksByAgency);
    gauge(
        registry,
        "carepath.handoffs.waiting",
        "Handoffs being planned or waiting for the receiving agency's answer, by that agency",
        "agency",
        Agencies.ALL,
        Figures::handoffsWaitingByAgency);
    Gauge.builder("carepath.incidents.open", this, m -> m.read().incidents())
        .description("Open incidents in the engine: a step that failed and waits for someone")
        .register(registry);
    Gauge.builder("carepath.jobs.failed", this, m -> m.read().jobsOutOfRetries())
        .description("Jobs (timers, asynchronous steps) that have failed and have no retries left")
        .register(registry);
    Gauge.builder("carepath.jobs.due", this, m -> m.read().jobsDue())
        .description("Jobs due now and not yet run: a backlog that grows means no node runs them")
        .register(registry);
  }

  /** The figures, read again when the last reading is older than {@link #fresh}. */
  synchronized Figures read() {
    Instant now = Instant.now(clock);
    if (figures == null || !now.isBefore(readAt.plus(fresh))) {
      figures = readNow(now);
      readAt = now;
    }
    return figures;
  }

  private Figures readNow(Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    long referred =
        jdbc.sql(
                "select (select count(*) from carepath.family_case)"
                    + " + (select count(*) from carepath.case_tombstone)")
            .query(Long.class)
            .single();
    return new Figures(
        referred,
        counts(
            "select coalesce(current_level, 0) as k, count(*) as n from carepath.family_case"
                + " where status = 'OPEN' group by coalesce(current_level, 0)",
            Map.of()),
        counts(
            "select confirmed_level as k, count(*) as n from carepath.level_decision"
                + " where confirmed_level is not null group by confirmed_level",
            Map.of()),
        counts(
            "select agency as k, count(*) as n from carepath.routed_task group by agency",
            Map.of()),
        counts(
            "select group_id as k, count(*) as n from carepath.work_item group by group_id",
            Map.of()),
        counts(
            "select group_id as k, count(*) as n from carepath.work_item"
                + " where due_at < :now group by group_id",
            Map.of("now", at)),
        counts(
            "select to_agency as k, count(*) as n from carepath.handoff"
                + " where status in ('PLANNING', 'AWAITING_ANSWER') group by to_agency",
            Map.of()),
        runtimeService.createIncidentQuery().count(),
        managementService.createJobQuery().noRetriesLeft().count(),
        managementService.createJobQuery().executable().count());
  }

  private Map<String, Long> counts(String sql, Map<String, Object> params) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql(sql)
        .params(params)
        .query()
        .listOfRows()
        .forEach(
            row -> counts.put(String.valueOf(row.get("k")), ((Number) row.get("n")).longValue()));
    return counts;
  }

  private void counter(
      MeterRegistry registry, String name, String description, ToDoubleFunction<Figures> value) {
    FunctionCounter.builder(name, this, m -> value.applyAsDouble(m.read()))
        .description(description)
        .register(registry);
  }

  private void counter(
      MeterRegistry registry,
      String name,
      String description,
      String tag,
      List<String> values,
      Function<Figures, Map<String, Long>> figure) {
    for (String value : values) {
      FunctionCounter.builder(name, this, m -> figure.apply(m.read()).getOrDefault(value, 0L))
          .description(description)
          .tag(tag, value)
          .register(registry);
    }
  }

  private void gauge(
      MeterRegistry registry,
      String name,
      String description,
      String tag,
      List<String> values,
      Function<Figures, Map<String, Long>> figure) {
    for (String value : values) {
      Gauge.builder(name, this, m -> figure.apply(m.read()).getOrDefault(value, 0L))
          .description(description)
          .tag(tag, value)
          .register(registry);
    }
  }

  private static List<String> levels() {
    return LEVELS.stream().map(String::valueOf).toList();
  }

  private static List<String> withUndecided() {
    return Stream.concat(Stream.of("0"), levels().stream()).toList();
  }
}
