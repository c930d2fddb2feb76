package org.carepath.casefile;

import org.carepath.audit.CaseAudits;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.chronology.ChildrenSeen;
import org.carepath.concern.Concerns;
import org.carepath.consent.Consents;
import org.carepath.handoff.Handoffs;
import org.carepath.level.LevelHistory;
import org.carepath.pathway.Level;
import org.carepath.recovery.PostRecoverySupports;
import org.carepath.review.Reviews;
import org.carepath.routing.RoutedTasks;
import org.carepath.sharing.Sharing;
import org.carepath.stage.Pregnancies;
import org.carepath.stage.Stages;
import org.carepath.twintrack.TwinTrackPlans;
import org.carepath.work.Work;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles everything carepath's record holds of a case, from every feature. */
@Service
public class CaseFiles {

  private final Cases cases;
  private final LevelHistory levels;
  private final Consents consents;
  private final Concerns concerns;
  private final Reviews reviews;
  private final Handoffs handoffs;
  private final RoutedTasks agencyTasks;
  private final Sharing sharing;
  private final Pregnancies pregnancies;
  private final Stages stages;
  private final TwinTrackPlans twinTrackPlans;
  private final PostRecoverySupports postRecovery;
  private final ChildrenSeen childrenSeen;
  private final Work work;
  private final CaseAudits audits;

  CaseFiles(
      Cases cases,
      LevelHistory levels,
      Consents consents,
      Concerns concerns,
      Reviews reviews,
      Handoffs handoffs,
      RoutedTasks agencyTasks,
      Sharing sharing,
      Pregnancies pregnancies,
      Stages stages,
      TwinTrackPlans twinTrackPlans,
      PostRecoverySupports postRecovery,
      ChildrenSeen childrenSeen,
      Work work,
      CaseAudits audits) {
    this.cases = cases;
    this.levels = levels;
    this.consents = consents;
    this.concerns = concerns;
    this.reviews = reviews;
    this.handoffs = handoffs;
    this.agencyTasks = agencyTasks;
    this.sharing = sharing;
    this.pregnancies = pregnancies;
    this.stages = stages;
    this.twinTrackPlans = twinTrackPlans;
    this.postRecovery = postRecovery;
    this.childrenSeen = childrenSeen;
    this.work = work;
    this.audits = audits;
  }

  /** Everything the record holds of a case, for a caller who has authorized the read. */
  @Transactional
  public CaseFile of(FamilyCase found) {
    return new CaseFile(
        found.reference(),
        found.status(),
        found.referringAgency(),
        found.referralReason(),
        found.referredBy(),
        found.referredAt(),
        found.leadAgency(),
        cases.agencies(found.id()),
        found.currentLevel(),
        found.currentLevel() == null ? null : Level.of(found.currentLevel()).displayName(),
        found.nextReviewDue(),
        found.closedAt(),
        found.closureReason(),
        cases.adults(found.id()).stream()
            .map(
                adult ->
                    new CaseFile.Adult(
                        adult.name(),
                        adult.role(),
                        adult.dateOfBirth(),
                        cases.substances(adult.id()),
                        adult.pregnant(),
                        adult.expectedDeliveryDate()))
            .toList(),
        cases.children(found.id()).stream()
            .map(child -> new CaseFile.Child(child.name(), child.dateOfBirth(), child.livesWith()))
            .toList(),
        consents.of(found.id()),
        sharing.of(found.id()),
        levels.of(found.id()),
        concerns.of(found.id()),
        reviews.of(found.id()),
        cases.leadHistory(found.id()),
        handoffs.of(found.id()),
        agencyTasks.of(found.id()),
        pregnancies.of(found),
        stages.of(found),
        twinTrackPlans.of(found),
        postRecovery.of(found),
        cases.reopenings(found.id()),
        childrenSeen.of(found),
        work.openTasksOf(found.id()),
        work.doneTasksOf(found.id()),
        audits.of(found));
  }
}
