package org.carepath.twintrack;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.carepath.pathway.TwinTrackPlan;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Writes a plan's history from the steps of its process, by the user acting now. */
@Component
class TwinTrackHistory {

  private final TwinTrackRepository plans;
  private final CurrentUser currentUser;
  private final Clock clock;

  TwinTrackHistory(TwinTrackRepository plans, CurrentUser currentUser, Clock clock) {
    this.plans = plans;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  void record(DelegateExecution execution, String track, String kind, String detail) {
    plans.event(
        TwinTrackPlan.PLAN_ID.from(execution),
        track,
        kind,
        OffsetDateTime.now(clock),
        currentUser.userId(),
        detail);
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  String userId() {
    return currentUser.userId();
  }
}
