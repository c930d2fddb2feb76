package org.carepath.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.Level;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.DateRange;
import org.carepath.system.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Hidden Harm minimum dataset: for each adult on a case open in the period, whether they have
 * dependent children, how many, their ages and where they live (Hidden Harm recommendations 1, 2, 9
 * and 13), counted by agency and level so services can be compared (recommendation 8).
 *
 * <p>Our judgement where the recommendations are silent: every adult on a case is a parent or carer
 * of the case's children (a case is one family); a dependent child is a child of the case under 18
 * on the last day of the period; a child's whereabouts are unknown when where they live is blank or
 * says it is not known. Rows carry the case reference and the adult's number on it, not names: the
 * dataset is for comparing services, and a manager can open the case.
 */
@Service
public class HiddenHarmDataset {

  private static final Pattern WHEREABOUTS_UNKNOWN =
      Pattern.compile("unknown|not known|missing|whereabouts", Pattern.CASE_INSENSITIVE);

  public record Row(
      String caseId,
      int adult,
      String role,
      List<String> substances,
      boolean pregnant,
      String leadAgency,
      Integer level,
      boolean dependentChildren,
      int numberOfDependentChildren,
      List<Integer> childrenAges,
      List<String> whereChildrenLive,
      boolean childWhereaboutsUnknown) {}

  /** One line of a breakdown: by agency (key = agency id) or by level (key = 1..4, or none). */
  public record Count(
      String key,
      String name,
      long adults,
      long adultsWithDependentChildren,
      long dependentChildren,
      long childrenWhereaboutsUnknown) {}

  public record Dataset(
      LocalDate from,
      LocalDate to,
      long adults,
      long adultsWithDependentChildren,
      long dependentChildren,
      long childrenWhereaboutsUnknown,
      List<Count> byAgency,
      List<Count> byLevel,
      List<Row> rows) {}

  private final HiddenHarmRepository records;
  private final CurrentUser currentUser;
  private final Clock clock;

  HiddenHarmDataset(HiddenHarmRepository records, CurrentUser currentUser, Clock clock) {
    this.records = records;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Dataset of(String fromText, String toText) {
    currentUser.requireManager("The Hidden Harm dataset");
    List<FieldProblem> problems = new ArrayList<>();
    DateRange period = DateRange.of(fromText, toText, Period.ofYears(1), clock, problems);
    if (period == null) {
      throw ApiProblem.invalid(problems);
    }
    LocalDate from = period.from();
    LocalDate to = period.to();
    OffsetDateTime since = period.since(clock.getZone());
    OffsetDateTime until = period.until(clock.getZone());
    LocalDate lastDay = to;

    Map<Long, List<HiddenHarmRepository.Child>> childrenByCase =
        java.util.stream.Stream.concat(
                records.children(since, until).stream(),
                records.keptChildren(since, until).stream())
            .filter(child -> isDependent(child, lastDay))
            .collect(Collectors.groupingBy(HiddenHarmRepository.Child::caseId));
    Map<Long, List<String>> substances =
        java.util.stream.Stream.concat(
                records.substances(since, until).stream(),
                records.keptSubstances(since, until).stream())
            .collect(
                Collectors.groupingBy(
                    HiddenHarmRepository.Substance::adultId,
                    Collectors.mapping(
                        HiddenHarmRepository.Substance::substance, Collectors.toList())));
    Map<Long, List<String>> agenciesByCase =
        java.util.stream.Stream.concat(
                records.agencies(since, until).stream(),
                records.keptAgencies(since, until).stream())
            .collect(
                Collectors.groupingBy(
                    HiddenHarmRepository.Agency::caseId,
                    Collectors.mapping(HiddenHarmRepository.Agency::agency, Collectors.toList())));

    List<Row> rows = new ArrayList<>();
    Map<String, Tally> byAgency = new TreeMap<>();
    Map<String, Tally> byLevel = new LinkedHashMap<>();
    for (int level = 1; level <= 4; level++) {
      byLevel.put(String.valueOf(level), new Tally());
    }
    byLevel.put("none", new Tally());
    Tally all = new Tally();
    List<HiddenHarmRepository.Adult> adults = new ArrayList<>(records.adults(since, until));
    // Destroyed cases still count in the periods they were open: reported figures stand.
    adults.addAll(records.keptAdults(since, until));
    for (HiddenHarmRepository.Adult adult : adults) {
      List<HiddenHarmRepository.Child> children =
          childrenByCase.getOrDefault(adult.caseId(), List.of());
      Row row =
          new Row(
              adult.caseReference(),
              adult.ordinal() + 1,
              adult.role(),
              substances.getOrDefault(adult.adultId(), List.of()),
              adult.pregnant(),
              adult.leadAgency(),
              adult.level(),
              !children.isEmpty(),
              children.size(),
              children.stream().map(child -> age(child, lastDay)).toList(),
              children.stream().map(HiddenHarmRepository.Child::livesWith).toList(),
              children.stream().anyMatch(HiddenHarmDataset::whereaboutsUnknown));
      rows.add(row);
      all.add(adult.caseId(), children);
      byLevel
          .get(adult.level() == null ? "none" : adult.level().toString())
          .add(adult.caseId(), children);
      for (String agency : agenciesByCase.getOrDefault(adult.caseId(), List.of())) {
        byAgency.computeIfAbsent(agency, a -> new Tally()).add(adult.caseId(), children);
      }
    }
    return new Dataset(
        from,
        to,
        all.adults,
        all.withChildren,
        all.children.size(),
        all.unknown.size(),
        byAgency.entrySet().stream()
            .map(e -> e.getValue().count(e.getKey(), Agencies.name(e.getKey())))
            .toList(),
        byLevel.entrySet().stream()
            .map(
                e ->
                    e.getValue()
                        .count(
                            e.getKey(),
                            "none".equals(e.getKey())
                                ? "Level not decided yet"
                                : Level.of(Integer.parseInt(e.getKey())).displayName()))
            .toList(),
        rows.stream().sorted(Comparator.comparing(Row::caseId).thenComparing(Row::adult)).toList());
  }

  /**
   * Before a case is destroyed: keeps what this dataset counts of it, without who (an adult's role,
   * substances and pregnancy; a child's month of birth and whether their whereabouts were unknown),
   * so figures already reported for its periods stand.
   */
  public void keep(long caseId) {
    records.keep(caseId, HiddenHarmDataset::whereaboutsUnknown);
  }

  /** Adults and their case's dependent children, each child counted once however many adults. */
  private static final class Tally {
    long adults;
    long withChildren;
    final Set<String> children = new java.util.HashSet<>();
    final Set<String> unknown = new java.util.HashSet<>();

    void add(long caseId, List<HiddenHarmRepository.Child> dependents) {
      adults++;
      if (!dependents.isEmpty()) {
        withChildren++;
      }
      for (int i = 0; i < dependents.size(); i++) {
        String key = caseId + "/" + i;
        children.add(key);
        if (whereaboutsUnknown(dependents.get(i))) {
          unknown.add(key);
        }
      }
    }

    Count count(String key, String name) {
      return new Count(key, name, adults, withChildren, children.size(), unknown.size());
    }
  }

  private static boolean isDependent(HiddenHarmRepository.Child child, LocalDate lastDay) {
    return !child.dateOfBirth().isAfter(lastDay) && age(child, lastDay) < 18;
  }

  private static int age(HiddenHarmRepository.Child child, LocalDate lastDay) {
    return Period.between(child.dateOfBirth(), lastDay).getYears();
  }

  private static boolean whereaboutsUnknown(HiddenHarmRepository.Child child) {
    return child.livesWith() == null
        || child.livesWith().isBlank()
        || WHEREABOUTS_UNKNOWN.matcher(child.livesWith()).find();
  }
}
