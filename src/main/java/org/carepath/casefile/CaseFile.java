package org.carepath.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.carepath.audit.CaseAudits;
import org.carepath.cases.CaseReopening;
import org.carepath.cases.LeadProfessional;
import org.carepath.chronology.ChildrenSeen;
import org.carepath.concern.Concern;
import org.carepath.consent.ConsentDecision;
import org.carepath.handoff.Handoff;
import org.carepath.level.LevelDecision;
import org.carepath.recovery.PostRecoverySupports;
import org.carepath.review.Review;
import org.carepath.routing.RoutedTask;
import org.carepath.sharing.SharingDecision;
import org.carepath.stage.Pregnancies;
import org.carepath.stage.Stages;
import org.carepath.twintrack.TwinTrackPlans;
import org.carepath.work.Work;

/** Everything {@code GET /api/cases/{id}} shows of a case. */
public record CaseFile(
    String id,
    String status,
    String referringAgency,
    String reason,
    String referredBy,
    OffsetDateTime referredAt,
    String leadAgency,
    List<String> agencies,
    Integer currentLevel,
    String currentLevelName,
    OffsetDateTime nextReviewDue,
    OffsetDateTime closedAt,
    String closureReason,
    List<Adult> adults,
    List<Child> children,
    List<ConsentDecision> consent,
    List<SharingDecision> sharingDecisions,
    List<LevelDecision> levelHistory,
    List<Concern> concerns,
    List<Review> reviews,
    List<LeadProfessional> leadProfessionals,
    List<Handoff> handoffs,
    List<RoutedTask> agencyTasks,
    List<Pregnancies.PregnancyRecord> pregnancies,
    List<Stages.StageRecord> stages,
    List<TwinTrackPlans.PlanRecord> twinTrackPlans,
    List<PostRecoverySupports.SupportRecord> postRecoverySupport,
    List<CaseReopening> reopenings,
    List<ChildrenSeen.LastSeen> childrenSeen,
    List<Work.CaseTask> openTasks,
    List<Work.DoneTask> doneTasks,
    List<CaseAudits.AuditRecord> audits) {

  public record Adult(
      String name,
      String role,
      LocalDate dateOfBirth,
      List<String> substances,
      boolean pregnant,
      LocalDate expectedDeliveryDate) {}

  public record Child(String name, LocalDate dateOfBirth, String livesWith) {}
}
