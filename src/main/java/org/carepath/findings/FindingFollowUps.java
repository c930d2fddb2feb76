package org.carepath.findings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.FindingFollowUpProcess;
import org.carepath.routing.AgencyTaskAnswered;
import org.carepath.routing.AgencyTasks;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Service;

/** Asks the lead professional, managers, or both, to decide what a finding means now. */
@Service
class FindingFollowUps {

  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Clock clock;

  FindingFollowUps(RuntimeService runtimeService, CurrentUser currentUser, Clock clock) {
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  void open(
      FamilyCase familyCase,
      long findingId,
      AgencyTaskAnswered answered,
      String reason,
      List<String> to,
      int dueInDays) {
    Map<String, Object> variables = new HashMap<>();
    FindingFollowUpProcess.CASE_REFERENCE.putIn(variables, familyCase.reference());
    FindingFollowUpProcess.FINDING_ID.putIn(variables, findingId);
    FindingFollowUpProcess.FINDING_AGENCY.putIn(variables, Agencies.name(answered.agency()));
    FindingFollowUpProcess.FINDING_TASK.putIn(variables, AgencyTasks.title(answered.taskKey()));
    FindingFollowUpProcess.FINDING_REASON.putIn(variables, reason);
    FindingFollowUpProcess.FOLLOW_UP_TO.putIn(
        variables, String.join(",", to.stream().distinct().toList()));
    FindingFollowUpProcess.FOLLOW_UP_DUE.putIn(
        variables,
        Date.from(OffsetDateTime.now(clock).plusDays(Math.max(1, dueInDays)).toInstant()));
    currentUser.asSystem(
        () ->
            runtimeService.startProcessInstanceByKey(
                FindingFollowUpProcess.KEY, familyCase.reference(), variables));
  }
}
