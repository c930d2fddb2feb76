package org.carepath.chronology;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carepath.cases.CaseChild;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Has the child been seen and spoken to?" (seed 001 tip 2): each child's records of being seen, by
 * whom, alone or not, and the child's own words; and when each was last seen.
 */
@Service
public class ChildrenSeen {

  private final Cases cases;
  private final ChronologyRepository records;
  private final Chronology chronology;
  private final CurrentUser currentUser;
  private final Clock clock;

  ChildrenSeen(
      Cases cases,
      ChronologyRepository records,
      Chronology chronology,
      CurrentUser currentUser,
      Clock clock) {
    this.cases = cases;
    this.records = records;
    this.chronology = chronology;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** {@code POST /api/cases/{id}/child-seen}. */
  public record Seen(String child, LocalDate seenOn, Boolean seenAlone, String childViews) {}

  public record Recorded(long id, String child, LocalDate seenOn) {}

  /** When a child was last seen and spoken to; null when never. */
  public record LastSeen(String child, LocalDate lastSeenOn) {}

  @Transactional
  public Recorded record(String reference, Seen body) {
    FamilyCase familyCase = cases.requireVisible(reference);
    List<FieldProblem> problems = new ArrayList<>();
    Optional<CaseChild> child =
        body.child() == null || body.child().isBlank()
            ? missing(problems)
            : chronology.childNamed(familyCase, body.child(), "child", problems);
    LocalDate today = LocalDate.now(clock);
    if (body.seenOn() == null) {
      problems.add(new FieldProblem("seenOn", "is required: the day the child was seen"));
    } else if (body.seenOn().isAfter(today)) {
      problems.add(new FieldProblem("seenOn", "cannot be in the future"));
    } else if (child.isPresent()
        && child.get().dateOfBirth() != null
        && body.seenOn().isBefore(child.get().dateOfBirth())) {
      problems.add(new FieldProblem("seenOn", "is before the child was born"));
    }
    if (body.seenAlone() == null) {
      problems.add(new FieldProblem("seenAlone", "is required: was the child seen alone?"));
    }
    String views = body.childViews() == null ? "" : body.childViews().trim();
    if (views.isEmpty()) {
      problems.add(
          new FieldProblem(
              "childViews",
              "is required: the child's own words or views, or how a baby or young child was"
                  + " observed"));
    } else if (views.length() > 4000) {
      problems.add(new FieldProblem("childViews", "must be at most 4000 characters"));
    }
    String agency = chronology.agencyOf(familyCase);
    if (agency == null) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "not-working-with-family",
          "Only an agency working with the family can record a child seen.",
          List.of());
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    long id =
        records.insertChildSeen(
            familyCase.id(),
            child.orElseThrow().id(),
            body.seenOn(),
            body.seenAlone(),
            views,
            agency,
            currentUser.userId(),
            OffsetDateTime.now(clock));
    return new Recorded(id, child.orElseThrow().name(), body.seenOn());
  }

  /** Every child of the case with the day they were last seen and spoken to. */
  public List<LastSeen> of(FamilyCase familyCase) {
    List<ChronologyRepository.LastSeen> seen = records.lastSeen(familyCase.id());
    return cases.children(familyCase.id()).stream()
        .map(
            child ->
                new LastSeen(
                    child.name(),
                    seen.stream()
                        .filter(s -> s.childId() == child.id())
                        .map(ChronologyRepository.LastSeen::seenOn)
                        .findFirst()
                        .orElse(null)))
        .toList();
  }

  private static Optional<CaseChild> missing(List<FieldProblem> problems) {
    problems.add(new FieldProblem("child", "is required: the child's name as on the case"));
    return Optional.empty();
  }
}
