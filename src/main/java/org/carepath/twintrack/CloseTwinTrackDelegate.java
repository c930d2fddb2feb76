package org.carepath.twintrack;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.TwinTrackPlan;
import org.springframework.stereotype.Component;

/** The decision chose the other track: this one closes with the outcome; its history stays. */
@Component("closeTwinTrack")
class CloseTwinTrackDelegate implements JavaDelegate {

  private final TwinTrackRepository plans;
  private final TwinTrackHistory history;

  CloseTwinTrackDelegate(TwinTrackRepository plans, TwinTrackHistory history) {
    this.plans = plans;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String track = TwinTrackPlan.TRACK.from(execution);
    long planId = TwinTrackPlan.PLAN_ID.from(execution);
    plans.trackState(planId, track, TwinTrackRepository.CLOSED);
    history.record(
        execution,
        track,
        "CLOSED",
        "Closed by the decision for "
            + TwinTrackPlan.OUTCOME.from(execution)
            + ": "
            + plans.find(planId).map(TwinTrackRepository.Plan::outcomeReason).orElse(""));
  }
}
