package org.carepath.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At startup, chains the case views an earlier release recorded in {@code case_access_log} into the
 * access log, so a case's "Who has seen this record" starts at its first view.
 */
@Component
class EarlierCaseViews implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(EarlierCaseViews.class);

  private final AccessLogRepository repository;

  EarlierCaseViews(AccessLogRepository repository) {
    this.repository = repository;
  }

  @Override
  public void afterSingletonsInstantiated() {
    int moved = repository.moveEarlierViews();
    if (moved > 0) {
      log.info("Moved {} case views recorded before the access log into it", moved);
    }
  }
}
