package org.carepath.twintrack;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Starts twin-track planning for a child on the case. */
@RestController
class TwinTrackController {

  private final TwinTrackPlans plans;

  TwinTrackController(TwinTrackPlans plans) {
    this.plans = plans;
  }

  @PostMapping("/api/cases/{id}/twin-track")
  ResponseEntity<TwinTrackPlans.Started> start(
      @PathVariable String id, @RequestBody TwinTrackPlans.NewPlan body) {
    TwinTrackPlans.Started started = plans.start(id, body);
    return ResponseEntity.created(URI.create("/api/cases/" + id + "#twin-track-" + started.id()))
        .body(started);
  }
}
