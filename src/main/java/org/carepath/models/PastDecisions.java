package org.carepath.models;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.carepath.models.DecisionReplay.PastDecision;
import org.carepath.pathway.FamilyPathway;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every decision carepath can replay for a decision key, with the inputs it was given. The level:
 * our own record of every level decision ({@code level_decision}), which lasts as long as the case.
 * Every other decision: the engine's history of its evaluations (kept for each model's time to
 * live), each tied to its case through the process it was made in.
 */
@Component
class PastDecisions {

  static final String LEVEL = "staged-intervention-level";
  static final String REVIEW_INTERVAL = "review-interval";

  /** Our record's columns, as the level table's inputs name them. */
  private static final Map<String, String> LEVEL_INPUTS = new LinkedHashMap<>();

  static {
    for (String column :
        List.of(
            "substance_use_pattern",
            "pregnant",
            "tier4_rehab_needed",
            "immediate_risk_of_harm",
            "domestic_abuse",
            "parental_mental_health_concern",
            "using_in_front_of_children",
            "unsafe_storage",
            "injecting",
            "child_indicator_count",
            "context_factor_count",
            "youngest_child_age_years",
            "protective_factor_count",
            "neglect_or_abuse",
            "self_harm",
            "parent_incapable",
            "child_left_alone",
            "level_in_pregnancy",
            "methadone_lying_around")) {
      LEVEL_INPUTS.put(column, camel(column));
    }
  }

  /**
   * Which cases' decisions: those open now, and those closed within the period, if one is given.
   */
  record Period(LocalDate closedFrom, LocalDate closedTo) {}

  private final JdbcClient jdbc;
  private final RepositoryService repositoryService;

  PastDecisions(JdbcClient jdbc, RepositoryService repositoryService) {
    this.jdbc = jdbc;
    this.repositoryService = repositoryService;
  }

  List<PastDecision> of(String decisionKey, Period period) {
    return switch (decisionKey) {
      case LEVEL -> levelDecisions(period);
      case REVIEW_INTERVAL -> reviewsScheduled(period);
      default -> evaluations(decisionKey, period);
    };
  }

  /** Where the decisions come from, in words for the report. */
  static String source(String decisionKey) {
    return switch (decisionKey) {
      case LEVEL -> "carepath's record of every level decision";
      case REVIEW_INTERVAL ->
          "carepath's record of every confirmed level (each schedules a review)";
      default ->
          "the engine's history of this decision's evaluations (kept for each model's time to"
              + " live)";
    };
  }

  /** Each confirmed level scheduled a review: the inputs the review interval was given. */
  private List<PastDecision> reviewsScheduled(Period period) {
    return jdbc.sql(
            "select d.case_id, c.lead_agency, d.confirmed_level, d.previous_level"
                + " from carepath.level_decision d join carepath.family_case c on c.id = d.case_id"
                + " where d.confirmed_level is not null and ("
                + cases(period)
                + ") order by d.id")
        .params(periodParams(period))
        .query(
            (row, n) -> {
              int level = row.getInt("confirmed_level");
              int previous = row.getInt("previous_level");
              boolean steppedDown = !row.wasNull() && previous == 4 && level != 4;
              Map<String, Object> inputs = new HashMap<>();
              inputs.put("level", level);
              inputs.put("steppedDownFromLevel4", steppedDown);
              return new PastDecision(
                  row.getLong("case_id"), row.getString("lead_agency"), FamilyPathway.KEY, inputs);
            })
        .list();
  }

  private List<PastDecision> levelDecisions(Period period) {
    String columns =
        String.join(", ", LEVEL_INPUTS.keySet().stream().map(column -> "d." + column).toList());
    List<PastDecision> decisions = new ArrayList<>();
    jdbc.sql(
            "select d.case_id, c.lead_agency, "
                + columns
                + " from carepath.level_decision d join carepath.family_case c on c.id = d.case_id"
                + " where ("
                + cases(period)
                + ") order by d.id")
        .params(periodParams(period))
        .query(
            (RowCallbackHandler)
                row -> {
                  Map<String, Object> inputs = new HashMap<>();
                  for (Map.Entry<String, String> input : LEVEL_INPUTS.entrySet()) {
                    inputs.put(input.getValue(), row.getObject(input.getKey()));
                  }
                  decisions.add(
                      new PastDecision(
                          row.getLong("case_id"),
                          row.getString("lead_agency"),
                          FamilyPathway.KEY,
                          normalised(inputs)));
                });
    return decisions;
  }

  private List<PastDecision> evaluations(String decisionKey, Period period) {
    Evaluations evaluations = new Evaluations();
    jdbc.sql(
            """
            select d.id_ as decision_id, d.dec_def_id_ as definition_id,
                   d.proc_def_key_ as pathway, c.id as case_id, c.lead_agency,
                   i.clause_id_ as clause, i.var_type_ as type, i.text_ as text,
                   i.long_ as long_value, i.double_ as double_value
              from act_hi_decinst d
              join act_hi_procinst p on p.id_ = d.root_proc_inst_id_
              join carepath.family_case c on c.reference = p.business_key_
              left join act_hi_dec_in i on i.dec_inst_id_ = d.id_
             where d.dec_def_key_ = :key and (%s)
             order by d.id_
            """
                .formatted(cases(period)))
        .param("key", decisionKey)
        .params(periodParams(period))
        .query(evaluations);
    return evaluations.done();
  }

  /** Gathers the rows of each evaluation (one per input) into one past decision. */
  private final class Evaluations implements RowCallbackHandler {
    private final Map<String, Map<String, String>> expressionsByDefinition = new HashMap<>();
    private final List<PastDecision> decisions = new ArrayList<>();
    private String current;
    private long caseId;
    private String agency;
    private String pathway;
    private Map<String, Object> inputs;

    @Override
    public void processRow(ResultSet row) throws SQLException {
      String id = row.getString("decision_id");
      if (!id.equals(current)) {
        finish();
        current = id;
        caseId = row.getLong("case_id");
        agency = row.getString("lead_agency");
        pathway = row.getString("pathway");
        inputs = new HashMap<>();
      }
      String clause = row.getString("clause");
      if (clause == null) {
        return;
      }
      String expression =
          expressionsByDefinition
              .computeIfAbsent(row.getString("definition_id"), PastDecisions.this::inputExpressions)
              .get(clause);
      Object value = value(row);
      if (expression != null && value != SKIP) {
        inputs.put(expression, value);
      }
    }

    private void finish() {
      if (current != null) {
        decisions.add(new PastDecision(caseId, agency, pathway, inputs));
      }
    }

    List<PastDecision> done() {
      finish();
      current = null;
      return decisions;
    }
  }

  /** Each input's id in a deployed version, to the expression (the variable) it reads. */
  private Map<String, String> inputExpressions(String definitionId) {
    DmnModelInstance model = repositoryService.getDmnModelInstance(definitionId);
    Map<String, String> expressions = new HashMap<>();
    for (Input input : model.getModelElementsByType(Input.class)) {
      if (input.getInputExpression() != null && input.getInputExpression().getText() != null) {
        expressions.put(
            input.getId(), input.getInputExpression().getText().getTextContent().trim());
      }
    }
    return expressions;
  }

  private static final Object SKIP = new Object();

  /** An input value as the engine stored it; a serialized object cannot be replayed. */
  private static Object value(ResultSet row) throws SQLException {
    String type = row.getString("type");
    if (type == null || type.equals("null")) {
      return null;
    }
    long number = row.getLong("long_value");
    boolean noNumber = row.wasNull();
    return switch (type) {
      case "boolean" -> noNumber ? null : number == 1;
      case "integer", "short" -> noNumber ? null : (int) number;
      case "long" -> noNumber ? null : number;
      case "double" -> row.getObject("double_value") == null ? null : row.getDouble("double_value");
      case "string" -> row.getString("text");
      case "date" -> noNumber ? null : new Date(number);
      default -> SKIP;
    };
  }

  /** Numbers as the engine gives them to a table. */
  private static Map<String, Object> normalised(Map<String, Object> inputs) {
    inputs.replaceAll(
        (name, value) ->
            value instanceof Number number && !(value instanceof Integer)
                ? Integer.valueOf(number.intValue())
                : value);
    return inputs;
  }

  private static String cases(Period period) {
    return period.closedFrom() == null && period.closedTo() == null
        ? "c.status = 'OPEN'"
        : "c.status = 'OPEN' or (c.closed_at >= :closedFrom and c.closed_at < :closedTo)";
  }

  private static Map<String, Object> periodParams(Period period) {
    Map<String, Object> params = new HashMap<>();
    if (period.closedFrom() != null || period.closedTo() != null) {
      LocalDate from = period.closedFrom() == null ? LocalDate.of(1900, 1, 1) : period.closedFrom();
      LocalDate to = period.closedTo() == null ? LocalDate.of(9999, 1, 1) : period.closedTo();
      params.put("closedFrom", from.atStartOfDay().atOffset(ZoneOffset.UTC));
      params.put("closedTo", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    return params;
  }

  private static String camel(String column) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
