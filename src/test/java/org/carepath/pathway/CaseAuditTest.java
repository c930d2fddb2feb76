package org.carepath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.CaseAuditProcess.Elements.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code case-audit} and {@code case-audit-check}. */
@Deployment(resources = {"bpmn/case-audit.bpmn", "bpmn/case-audit-check.bpmn"})
class CaseAuditTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();

  /** What the audit delegate decides: whether anything was found missing. */
  private boolean gapsFound;

  @BeforeEach
  void registerDelegates() {
    Mocks.register(
        "recordCaseAudit",
        (JavaDelegate)
            e -> {
              calls.add("recordCaseAudit");
              e.setVariable("auditFollowUpNeeded", gapsFound);
              e.setVariable("followUpDue", followUpDue);
            });
    Mocks.register(
        "recordCaseAuditFollowUp", (JavaDelegate) e -> calls.add("recordCaseAuditFollowUp"));
    Mocks.register("startCaseAudits", (JavaDelegate) e -> calls.add("check"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void anAuditThatFindsNothingMissingEnds() {
    ProcessInstance audit = started();

    assertThat(audit).isWaitingAt(AUDIT_CASE);
    assertThat(task(audit)).hasCandidateGroup("managers").hasDueDate(auditDue);
    complete(task(audit));

    assertThat(audit).hasPassed(RECORD_CASE_AUDIT, GAPS_FOUND, AUDIT_COMPLETE).isEnded();
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("recordCaseAudit");
  }

  @Test
  void whatIsMissingGoesToTheLeadProfessional() {
    gapsFound = true;
    ProcessInstance audit = started();
    complete(task(audit));

    assertThat(audit).isWaitingAt(ACT_ON_AUDIT);
    assertThat(task(audit)).hasCandidateGroup("children-social-care").hasDueDate(followUpDue);
    complete(task(audit), Map.of("auditResponse", "Father now part of the assessment"));

    assertThat(audit).hasPassed(RECORD_FOLLOW_UP, GAPS_ADDRESSED).isEnded();
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsExactly("recordCaseAudit", "recordCaseAuditFollowUp");
  }

  @Test
  void theMorningCheckRunsOnItsTimer() {
    managementService()
        .executeJob(managementService().createJobQuery().timers().singleResult().getId());

    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("check");
  }

  private final Date auditDue = new Date(System.currentTimeMillis() + 14 * 86_400_000L);
  private final Date followUpDue = new Date(System.currentTimeMillis() + 28 * 86_400_000L);

  private ProcessInstance started() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", "CP-000001");
    variables.put("leadAgency", "children-social-care");
    variables.put("auditId", 3L);
    variables.put("auditDue", auditDue);
    return runtimeService().startProcessInstanceByKey(CaseAuditProcess.KEY, "CP-000001", variables);
  }
}
