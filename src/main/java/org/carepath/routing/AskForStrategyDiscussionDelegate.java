package org.carepath.routing;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.FamilyPathway;
import org.springframework.stereotype.Component;

/**
 * A referral that says a child is at immediate risk of harm: children's social care gets a strategy
 * discussion due within one working day, before consent or assessment, shared on the basis of
 * immediate risk (seed 002: practitioners "act immediately"; significant harm overrides
 * confidentiality). The routing table's own strategy discussion, once the level is decided, is this
 * one, not a second.
 */
@Component("askForStrategyDiscussion")
class AskForStrategyDiscussionDelegate implements JavaDelegate {

  static final String TASK = "strategy-discussion";

  /** One working day (seed 002: "act immediately"). */
  static final int DUE_IN_DAYS = 1;

  private final Cases cases;
  private final AgencyTasks agencyTasks;
  private final Clock clock;

  AskForStrategyDiscussionDelegate(Cases cases, AgencyTasks agencyTasks, Clock clock) {
    this.cases = cases;
    this.agencyTasks = agencyTasks;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    String seen = FamilyPathway.IMMEDIATE_RISK_SEEN.find(execution).orElse("");
    agencyTasks.route(
        familyCase,
        new AgencyTasks.NewTask(
            Agencies.CHILDRENS_SOCIAL_CARE,
            TASK,
            "The referral says a child is at immediate risk of harm ("
                + seen
                + "). Children's social care holds a strategy discussion with the police and the"
                + " other agencies today to decide how to make the child safe now.",
            OffsetDateTime.now(clock).plusDays(DUE_IN_DAYS),
            DUE_IN_DAYS,
            null));
  }
}
