package org.carepath.level;

import java.util.List;
import org.springframework.stereotype.Service;

/** Read side of the level record, for the case view. */
@Service
public class LevelHistory {

  private final LevelDecisionRepository decisions;

  LevelHistory(LevelDecisionRepository decisions) {
    this.decisions = decisions;
  }

  public List<LevelDecision> of(long caseId) {
    return decisions.history(caseId);
  }

  /** The latest assessment whose level a practitioner has confirmed or overridden. */
  public java.util.Optional<LevelDecision> latestDecided(long caseId) {
    return decisions.latestDecided(caseId);
  }
}
