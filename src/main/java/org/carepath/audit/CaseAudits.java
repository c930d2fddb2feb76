package org.carepath.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.CaseAuditProcess;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.FormText;
import org.carepath.system.LevelIntervals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' case audit (practice toolkit, tip 2, "A checklist for children's social work
 * managers"): due for each case at Levels 3-4 at the interval of DMN {@code case-audit-interval};
 * every answer kept on the case record; what is missing goes to the lead professional.
 */
@Service
public class CaseAudits {

  private static final Logger log = LoggerFactory.getLogger(CaseAudits.class);

  private final CaseAuditRepository audits;
  private final RuntimeService runtimeService;
  private final LevelIntervals intervals;
  private final CurrentUser currentUser;
  private final Clock clock;

  CaseAudits(
      CaseAuditRepository audits,
      RuntimeService runtimeService,
      LevelIntervals intervals,
      CurrentUser currentUser,
      Clock clock) {
    this.audits = audits;
    this.runtimeService = runtimeService;
    this.intervals = intervals;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The morning check: an audit task for managers for every case whose audit is due. */
  @Transactional
  public int startDueAudits() {
    Map<Integer, Integer> days = new HashMap<>();
    OffsetDateTime now = OffsetDateTime.now(clock);
    int started = 0;
    for (CaseAuditRepository.Candidate candidate : audits.candidates()) {
      Integer interval = days.computeIfAbsent(candidate.level(), this::intervalDays);
      if (interval == null || candidate.since().plusDays(interval).isAfter(now)) {
        continue;
      }
      long auditId = audits.start(candidate.caseId(), candidate.level(), now);
      Map<String, Object> variables = new HashMap<>();
      CaseAuditProcess.CASE_REFERENCE.putIn(variables, candidate.reference());
      CaseAuditProcess.LEAD_AGENCY.putIn(variables, candidate.leadAgency());
      CaseAuditProcess.AUDIT_ID.putIn(variables, auditId);
      CaseAuditProcess.AUDIT_DUE.putIn(
          variables, Date.from(now.plusDays(CaseAuditProcess.DAYS_TO_AUDIT).toInstant()));
      currentUser.asSystem(
          () ->
              runtimeService.startProcessInstanceByKey(
                  CaseAuditProcess.KEY, candidate.reference(), variables));
      started++;
    }
    if (started > 0) {
      log.info("Asked managers to audit {} cases", started);
    }
    return started;
  }

  /** Null when no audit is due at this level. */
  private Integer intervalDays(int level) {
    return intervals.days(CaseAuditProcess.INTERVAL_DECISION, level);
  }

  /**
   * The manager's answers; refused, naming each field, when a "no" does not say what is missing.
   */
  void record(VariableScope form) {
    List<FieldProblem> problems = new ArrayList<>();
    List<Answered> answers = new ArrayList<>();
    for (CaseAuditProcess.Question question : CaseAuditProcess.QUESTIONS) {
      Object answer = form.getVariable(question.answerVariable());
      Object gap = form.getVariable(question.gapVariable());
      String gapText = gap == null ? "" : gap.toString().trim();
      if (!"yes".equals(answer) && !"no".equals(answer)) {
        problems.add(new FieldProblem(question.answerVariable(), "must be yes or no"));
      } else if ("no".equals(answer) && gapText.isEmpty()) {
        problems.add(
            new FieldProblem(
                question.gapVariable(),
                "is required for a \"no\": say what is missing, so the lead professional can put"
                    + " it right"));
      } else if (gapText.length() > FormText.MAX) {
        problems.add(
            new FieldProblem(
                question.gapVariable(), "must be at most " + FormText.MAX + " characters"));
      }
      answers.add(
          new Answered(question, String.valueOf(answer), "no".equals(answer) ? gapText : null));
    }
    FormProblems.refuseIfAny("The case audit cannot be recorded.", problems);
    long auditId = CaseAuditProcess.AUDIT_ID.from(form);
    List<String> gaps = new ArrayList<>();
    for (Answered answered : answers) {
      audits.answer(auditId, answered.question().key(), answered.answer(), answered.missing());
      if (answered.missing() != null) {
        gaps.add(answered.question().question() + " " + answered.missing());
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    String notes = FormText.of(CaseAuditProcess.NOTES.find(form));
    audits.audited(
        auditId,
        gaps.isEmpty() ? "DONE" : "FOLLOW_UP",
        currentUser.userId(),
        now,
        notes.isEmpty() ? null : notes);
    CaseAuditProcess.FOLLOW_UP_NEEDED.set(form, !gaps.isEmpty());
    CaseAuditProcess.GAPS.set(form, String.join("\n", gaps));
    CaseAuditProcess.FOLLOW_UP_DUE.set(
        form, Date.from(now.plusDays(CaseAuditProcess.DAYS_TO_ACT).toInstant()));
  }

  /** One answer to the checklist, with what is missing for a "no". */
  private record Answered(CaseAuditProcess.Question question, String answer, String missing) {}

  /** The lead professional's answer to what the audit found. */
  void recordFollowUp(VariableScope form) {
    String response = FormText.of(CaseAuditProcess.RESPONSE.find(form));
    List<FieldProblem> problems = new ArrayList<>();
    FormText.require(
        problems, CaseAuditProcess.RESPONSE, response, "what you have done, or why not");
    FormProblems.refuseIfAny("The answer to the audit cannot be recorded.", problems);
    audits.followedUp(
        CaseAuditProcess.AUDIT_ID.from(form),
        currentUser.userId(),
        OffsetDateTime.now(clock),
        response);
  }

  /** An audit on the case record, with every answer. */
  public record AuditRecord(
      int level,
      String status,
      OffsetDateTime startedAt,
      String auditedBy,
      OffsetDateTime auditedAt,
      List<Answer> answers,
      String notes,
      String followedUpBy,
      OffsetDateTime followedUpAt,
      String followUpResponse) {}

  public record Answer(String question, String answer, String missing) {}

  @Transactional(readOnly = true)
  public List<AuditRecord> of(FamilyCase familyCase) {
    Map<Long, List<CaseAuditRepository.Answer>> answers =
        audits.answersOf(familyCase.id()).stream()
            .collect(Collectors.groupingBy(CaseAuditRepository.Answer::auditId));
    Map<String, String> questions =
        CaseAuditProcess.QUESTIONS.stream()
            .collect(
                Collectors.toMap(
                    CaseAuditProcess.Question::key, CaseAuditProcess.Question::question));
    return audits.of(familyCase.id()).stream()
        .map(
            audit ->
                new AuditRecord(
                    audit.level(),
                    audit.status(),
                    audit.startedAt(),
                    audit.auditedBy(),
                    audit.auditedAt(),
                    CaseAuditProcess.QUESTIONS.stream()
                        .flatMap(
                            q ->
                                answers.getOrDefault(audit.id(), List.of()).stream()
                                    .filter(a -> a.question().equals(q.key())))
                        .map(a -> new Answer(questions.get(a.question()), a.answer(), a.gap()))
                        .toList(),
                    audit.notes(),
                    audit.followedUpBy(),
                    audit.followedUpAt(),
                    audit.followUpResponse()))
        .toList();
  }
}
