package org.carepath.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.carepath.models.DecisionReplay.Cell;
import org.carepath.models.DecisionReplay.Figures;
import org.carepath.models.DecisionReplay.Group;
import org.carepath.models.DecisionReplay.RuleCount;
import org.carepath.models.ModelDeployer.ModelFile;
import org.carepath.models.PastDecisions.Period;
import org.carepath.pathway.Agencies;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a changed decision table would do before it is deployed: every decision carepath can replay
 * for its key goes through the live table and the candidate, and the report counts what would
 * change. The report is kept (figures for everyone, the cases behind each cell for managers).
 */
@Component
public class WhatIf {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WhatIf.class);

  /** The figures of one decision table. */
  public record Report(
      String id,
      String decision,
      String decisionName,
      String source,
      Period period,
      Instant ranAt,
      int replayed,
      int changed,
      int otherOutputsChanged,
      String output,
      List<String> values,
      List<Cell> matrix,
      List<Group> byAgency,
      List<Group> byPathway,
      List<RuleCount> rules,
      long millis) {}

  private final PastDecisions past;
  private final ModelContract contract;
  private final RepositoryService repositoryService;
  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final ObjectMapper json;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final DecisionReplay replay = new DecisionReplay();

  WhatIf(
      PastDecisions past,
      ModelContract contract,
      RepositoryService repositoryService,
      JdbcClient jdbc,
      JdbcTemplate batch,
      ObjectMapper json,
      CurrentUser currentUser,
      Clock clock) {
    this.past = past;
    this.contract = contract;
    this.repositoryService = repositoryService;
    this.jdbc = jdbc;
    this.batch = batch;
    this.json = json;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Replays past decisions through each decision table of the file; refuses a broken file. */
  @Transactional
  public List<Report> run(ModelFile file, Period period) {
    if (!file.name().endsWith(".dmn")) {
      throw ApiProblem.invalid(
          List.of(new FieldProblem("file", "what-if replays decision tables: send a .dmn file")));
    }
    List<FieldProblem> problems = contract.check(Map.of(file.name(), file.content()));
    if (!problems.isEmpty()) {
      throw new ModelRefusedException("The table cannot be tried.", problems).asProblem();
    }
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(file.content()));
    } catch (RuntimeException notDmn) {
      throw ApiProblem.invalid(
          List.of(new FieldProblem(file.name(), "is not a DMN file: " + notDmn.getMessage())));
    }
    List<Report> reports = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (!decision.getChildElementsByType(DecisionTable.class).isEmpty()) {
        reports.add(run(file, decision, period));
      }
    }
    if (reports.isEmpty()) {
      throw ApiProblem.invalid(
          List.of(new FieldProblem(file.name(), "holds no decision table to replay")));
    }
    return reports;
  }

  private Report run(ModelFile file, Decision decision, Period period) {
    long started = System.nanoTime();
    DecisionDefinition live =
        currentUser.asSystem(
            () ->
                repositoryService
                    .createDecisionDefinitionQuery()
                    .decisionDefinitionKey(decision.getId())
                    .latestVersion()
                    .singleResult());
    if (live == null) {
      throw ApiProblem.invalid(
          List.of(
              new FieldProblem(
                  file.name() + " " + decision.getId(),
                  "is not a deployed decision: what-if compares a change with the live table")));
    }
    DecisionReplay.Table before = replay.table(decision.getId(), liveTable(live));
    DecisionReplay.Table after;
    try {
      after = replay.table(decision.getId(), file.content());
    } catch (RuntimeException cannotParse) {
      throw ApiProblem.invalid(
          List.of(
              new FieldProblem(
                  file.name() + " " + decision.getId(),
                  "cannot be read as a decision table: " + cannotParse.getMessage())));
    }
    long reading = System.nanoTime();
    List<DecisionReplay.PastDecision> decisions = past.of(decision.getId(), period);
    long replaying = System.nanoTime();
    Figures figures = replay.replay(before, after, decisions, names());
    long keeping = System.nanoTime();
    Report report =
        new Report(
            UUID.randomUUID().toString(),
            decision.getId(),
            decision.getName() == null ? decision.getId() : decision.getName(),
            PastDecisions.source(decision.getId()),
            period,
            clock.instant(),
            figures.replayed(),
            figures.changed(),
            figures.otherOutputsChanged(),
            figures.output(),
            figures.values(),
            figures.matrix(),
            figures.byAgency(),
            figures.byPathway(),
            figures.rules(),
            (System.nanoTime() - started) / 1_000_000);
    keep(report, sha256(file.content()), figures.casesByCell());
    log.info(
        "What-if {} over {} decisions: read {} ms, replay {} ms, keep {} ms",
        decision.getId(),
        figures.replayed(),
        (replaying - reading) / 1_000_000,
        (keeping - replaying) / 1_000_000,
        (System.nanoTime() - keeping) / 1_000_000);
    return report;
  }

  /**
   * The references of the cases behind one cell of a report's matrix: for managers, who oversee
   * every case; designers see figures only.
   */
  @Transactional(readOnly = true)
  public List<String> cases(String reportId, String from, String to) {
    currentUser.requireManager("The cases behind a what-if figure");
    if (jdbc.sql("select count(*) from carepath.what_if_run where id = :id")
            .param("id", reportId)
            .query(Integer.class)
            .single()
        == 0) {
      throw ApiProblem.notFound(
          "what-if-not-found", "There is no what-if report " + reportId + ".");
    }
    return jdbc.sql(
            """
            select c.reference from carepath.what_if_case w
              join carepath.family_case c on c.id = w.case_id
             where w.run_id = :id and w.old_value = :from and w.new_value = :to
             order by c.reference
            """)
        .param("id", reportId)
        .param("from", from)
        .param("to", to)
        .query(String.class)
        .list();
  }

  /** A kept report's figures. */
  @Transactional(readOnly = true)
  public Report report(String reportId) {
    return jdbc.sql("select report from carepath.what_if_run where id = :id")
        .param("id", reportId)
        .query(String.class)
        .optional()
        .map(this::read)
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    "what-if-not-found", "There is no what-if report " + reportId + "."));
  }

  private void keep(Report report, String sha, Map<Cell, List<Long>> cases) {
    jdbc.sql(
            """
            insert into carepath.what_if_run (id, decision_key, candidate_sha256, requested_by,
                requested_at, closed_from, closed_to, replayed, changed, report)
            values (:id, :key, :sha, :by, :at, :from, :to, :replayed, :changed, :report)
            """)
        .param("id", report.id())
        .param("key", report.decision())
        .param("sha", sha)
        .param("by", currentUser.userId())
        .param("at", OffsetDateTime.ofInstant(report.ranAt(), ZoneOffset.UTC))
        .param("from", report.period().closedFrom())
        .param("to", report.period().closedTo())
        .param("replayed", report.replayed())
        .param("changed", report.changed())
        .param("report", write(report))
        .update();
    List<Object[]> rows = new ArrayList<>();
    cases.forEach(
        (cell, ids) ->
            ids.forEach(id -> rows.add(new Object[] {report.id(), cell.from(), cell.to(), id})));
    // In batches: a report over 100,000 decisions keeps its cases in seconds.
    batch.batchUpdate(
        "insert into carepath.what_if_case (run_id, old_value, new_value, case_id)"
            + " values (?, ?, ?, ?)",
        rows,
        1000,
        (statement, row) -> {
          statement.setString(1, (String) row[0]);
          statement.setString(2, truncate((String) row[1]));
          statement.setString(3, truncate((String) row[2]));
          statement.setLong(4, (Long) row[3]);
        });
  }

  /** The pathways and agencies as the report names them. */
  private Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    Agencies.ALL.forEach(agency -> names.put(agency, Agencies.name(agency)));
    currentUser
        .asSystem(
            () ->
                repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                    .filter(definition -> definition.getName() != null)
                    .collect(
                        java.util.stream.Collectors.toMap(
                            ProcessDefinition::getKey, ProcessDefinition::getName, (a, b) -> a)))
        .forEach(names::put);
    names.put("", "Not recorded");
    return names;
  }

  private byte[] liveTable(DecisionDefinition live) {
    try (InputStream in =
        currentUser.asSystem(() -> repositoryService.getDecisionModel(live.getId()))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(Report report) {
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Report read(String report) {
    try {
      return json.readValue(report, Report.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String truncate(String value) {
    return value.length() <= 1000 ? value : value.substring(0, 1000);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
