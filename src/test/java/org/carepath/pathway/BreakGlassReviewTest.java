package org.carepath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.BreakGlassReview.Elements.*;

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

/**
 * Both paths of {@code break-glass-review}: the lead's agency or information governance reviews an
 * emergency access by its due date; one judged not appropriate is followed up.
 */
@Deployment(resources = "bpmn/break-glass-review.bpmn")
class BreakGlassReviewTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> recorded = new ArrayList<>();
  private final Date followUpDue = new Date(System.currentTimeMillis() + 5 * 86_400_000L);

  @BeforeEach
  void registerDelegates() {
    Mocks.register(
        "recordBreakGlassReview",
        (JavaDelegate)
            e -> {
              recorded.add("review:" + BreakGlassReview.OUTCOME.from(e));
              if (BreakGlassReview.NOT_APPROPRIATE.equals(BreakGlassReview.OUTCOME.from(e))) {
                BreakGlassReview.FOLLOW_UP_DUE.set(e, followUpDue);
              }
            });
    Mocks.register(
        "recordBreakGlassFollowUp",
        (JavaDelegate) e -> recorded.add("follow-up:" + BreakGlassReview.FOLLOW_UP_ACTION.from(e)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private final Date reviewDue = new Date(System.currentTimeMillis() + 2 * 86_400_000L);

  private ProcessInstance granted() {
    Map<String, Object> variables = new HashMap<>();
    BreakGlassReview.CASE_REFERENCE.putIn(variables, "CP-000001");
    BreakGlassReview.LEAD_AGENCY.putIn(variables, Agencies.HEALTH_VISITING);
    BreakGlassReview.BREAK_GLASS_ID.putIn(variables, 7L);
    BreakGlassReview.USER.putIn(variables, "sara");
    BreakGlassReview.REASON.putIn(variables, "Child presented at school with injuries");
    BreakGlassReview.REVIEW_DUE.putIn(variables, reviewDue);
    return runtimeService().startProcessInstanceByKey(BreakGlassReview.KEY, "CP-000001", variables);
  }

  @Test
  void theLeadsAgencyOrInformationGovernanceJudgesItAppropriateByTheDueDate() {
    ProcessInstance review = granted();

    assertThat(review).isWaitingAt(REVIEW);
    assertThat(task(review))
        .hasCandidateGroup(Agencies.HEALTH_VISITING)
        .hasCandidateGroup("information-governance")
        .hasDueDate(reviewDue);
    complete(
        task(review),
        Map.of("breakGlassOutcome", "appropriate", "breakGlassReviewNotes", "A&E out of hours"));

    assertThat(review).hasPassed(RECORD_REVIEW, APPROPRIATE, REVIEWED).isEnded();
    org.assertj.core.api.Assertions.assertThat(recorded).containsExactly("review:appropriate");
  }

  @Test
  void aUseJudgedNotAppropriateIsFollowedUpByInformationGovernance() {
    ProcessInstance review = granted();
    complete(
        task(review),
        Map.of(
            "breakGlassOutcome", "not-appropriate", "breakGlassReviewNotes", "Curiosity, no risk"));

    assertThat(review).isWaitingAt(FOLLOW_UP);
    assertThat(task(review)).hasCandidateGroup("information-governance").hasDueDate(followUpDue);
    complete(task(review), Map.of("breakGlassFollowUpAction", "Spoken to her and her manager"));

    assertThat(review).hasPassed(RECORD_FOLLOW_UP, FOLLOWED_UP).isEnded();
    org.assertj.core.api.Assertions.assertThat(recorded)
        .containsExactly("review:not-appropriate", "follow-up:Spoken to her and her manager");
  }
}
