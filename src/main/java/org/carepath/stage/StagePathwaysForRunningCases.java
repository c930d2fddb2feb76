package org.carepath.stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cases live for years: those referred before the pregnancy pathway existed get their pregnancy and
 * childhood pathways once, at the first start with this version, in batches.
 */
@Component
class StagePathwaysForRunningCases {

  private static final Logger log = LoggerFactory.getLogger(StagePathwaysForRunningCases.class);

  static final int BATCH = 200;

  private final Stages stages;

  StagePathwaysForRunningCases(Stages stages) {
    this.stages = stages;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void startMissing() {
    int total = 0;
    int done;
    do {
      done = stages.startMissingPathways(BATCH);
      total += done;
    } while (done == BATCH);
    if (total > 0) {
      log.info("Started the pregnancy and childhood pathways of {} running cases", total);
    }
  }
}
