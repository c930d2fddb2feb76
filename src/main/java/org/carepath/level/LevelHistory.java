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

  /**
   * Whether the family needs support after recovery before its case closes: it was ever at Levels
   * 2-4, or a parent was ever assessed as in treatment.
   */
  public boolean needsSupportAfterRecovery(long caseId) {
    return decisions.history(caseId).stream()
        .anyMatch(
            decision ->
                (decision.confirmedLevel() != null && decision.confirmedLevel() > 1)
                    || "stable-treatment".equals(decision.assessment().substanceUsePattern()));
  }

  /** The latest assessment whose level a practitioner has confirmed or overridden. */
  public java.util.Optional<LevelDecision> latestDecided(long caseId) {
    return decisions.latestDecided(caseId);
  }
}
