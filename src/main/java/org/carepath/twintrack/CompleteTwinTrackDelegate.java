package org.carepath.twintrack;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.TwinTrackPlan;
import org.springframework.stereotype.Component;

/** The track the decision chose has done its last step. */
@Component("completeTwinTrack")
class CompleteTwinTrackDelegate implements JavaDelegate {

  private final TwinTrackRepository plans;
  private final TwinTrackHistory history;

  CompleteTwinTrackDelegate(TwinTrackRepository plans, TwinTrackHistory history) {
    this.plans = plans;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String track = TwinTrackPlan.TRACK.from(execution);
    plans.trackState(TwinTrackPlan.PLAN_ID.from(execution), track, TwinTrackRepository.COMPLETED);
    history.record(execution, track, "COMPLETED", "The " + track + " track is complete.");
  }
}
