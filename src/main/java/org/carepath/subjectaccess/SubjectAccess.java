package org.carepath.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.carepath.access.AccessLog;
import org.carepath.access.WhatWasSeen;
import org.carepath.casefile.CaseFile;
import org.carepath.casefile.CaseFiles;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.chronology.Chronology;
import org.carepath.system.ApiProblem;
import org.carepath.system.CorrelationIds;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a subject access request (UK GDPR Article 15): everything the record holds about one
 * person on a case, with each item that names another person of the family, or says who raised a
 * concern, marked for review before release (Data Protection Act 2018, Schedule 2, paragraph 16:
 * information about other individuals).
 */
@Service
class SubjectAccess {

  record Item(Map<String, Object> content, List<String> forReview) {}

  record Section(String title, List<Item> items) {}

  record Export(
      String caseReference,
      String person,
      String about,
      OffsetDateTime assembledAt,
      String assembledBy,
      String notice,
      int itemsForReview,
      List<Section> sections) {}

  record Release(String person, String releasedTo, String notes) {}

  record Released(long id, String caseReference, String person, OffsetDateTime releasedAt) {}

  /** The case record's lists, in the order and words the response shows them. */
  private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put("chronology", "Chronology");
    SECTIONS.put("levelHistory", "Decisions on the level of support, and their reasons");
    SECTIONS.put("consent", "Consent to sharing information");
    SECTIONS.put("sharingDecisions", "Decisions to share information, and their reasons");
    SECTIONS.put("concerns", "Concerns raised");
    SECTIONS.put("reviews", "Reviews");
    SECTIONS.put("doneTasks", "Work done, with its answers");
    SECTIONS.put("openTasks", "Work still open");
    SECTIONS.put("agencyTasks", "Work asked of agencies, with their answers");
    SECTIONS.put("handoffs", "Handoffs between agencies");
    SECTIONS.put("leadProfessionals", "Lead professionals");
    SECTIONS.put("pregnancies", "Pregnancies");
    SECTIONS.put("stages", "Stages of childhood worked through");
    SECTIONS.put("twinTrackPlans", "Twin-track plans");
    SECTIONS.put("postRecoverySupport", "Support after recovery");
    SECTIONS.put("childrenSeen", "Children seen and heard");
    SECTIONS.put("audits", "Managers' audits of the case");
    SECTIONS.put("reopenings", "Times the case was reopened");
  }

  private final Cases cases;
  private final CaseFiles files;
  private final Chronology chronology;
  private final CurrentUser currentUser;
  private final AccessLog accessLog;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  SubjectAccess(
      Cases cases,
      CaseFiles files,
      Chronology chronology,
      CurrentUser currentUser,
      AccessLog accessLog,
      JdbcClient jdbc,
      ObjectMapper json,
      Clock clock) {
    this.cases = cases;
    this.files = files;
    this.chronology = chronology;
    this.currentUser = currentUser;
    this.accessLog = accessLog;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  Export of(String reference, String person) {
    currentUser.requireInformationGovernance("Answering a subject access request");
    FamilyCase familyCase = cases.require(reference);
    CaseFile file = files.of(familyCase);
    String subject = subject(file, person);
    Map<String, String> others = otherPeople(file, subject);

    List<Section> sections = new ArrayList<>();
    Map<String, Object> about = new LinkedHashMap<>();
    for (CaseFile.Adult adult : file.adults()) {
      if (same(adult.name(), subject)) {
        about.put("person", json.convertValue(adult, Map.class));
      }
    }
    for (CaseFile.Child child : file.children()) {
      if (same(child.name(), subject)) {
        about.put("person", json.convertValue(child, Map.class));
      }
    }
    about.put("case", summary(file));
    about.put("alsoOnTheCase", others.keySet().stream().sorted().toList());
    sections.add(
        new Section(
            "The person and the case",
            List.of(
                new Item(
                    about,
                    others.isEmpty()
                        ? List.of()
                        : List.of(
                            "Lists the other people on the case: withhold their names unless"
                                + " the person already knows them or it is reasonable to"
                                + " disclose")))));

    JsonNode tree = json.valueToTree(file);
    Map<String, JsonNode> lists = new LinkedHashMap<>();
    lists.put("chronology", json.valueToTree(chronology.whole(familyCase)));
    tree.fields().forEachRemaining(field -> lists.put(field.getKey(), field.getValue()));
    for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
      JsonNode list = lists.get(section.getKey());
      if (list == null || !list.isArray() || list.isEmpty()) {
        continue;
      }
      List<Item> items = new ArrayList<>();
      for (JsonNode element : list) {
        @SuppressWarnings("unchecked")
        Map<String, Object> content = json.convertValue(element, Map.class);
        items.add(new Item(content, review(section.getKey(), element, subject, others)));
      }
      sections.add(new Section(section.getValue(), items));
    }
    int forReview =
        (int)
            sections.stream()
                .flatMap(s -> s.items().stream())
                .filter(i -> !i.forReview().isEmpty())
                .count();
    return new Export(
        familyCase.reference(),
        subject,
        about.containsKey("person") ? "Everything carepath holds about " + subject : subject,
        OffsetDateTime.now(clock),
        currentUser.userId(),
        "Draft for review. Items marked for review name another person or say who raised a"
            + " concern: decide for each whether to withhold or redact it before release (Data"
            + " Protection Act 2018, Schedule 2, paragraph 16), and record the release.",
        forReview,
        sections);
  }

  @Transactional
  Released release(String reference, Release body) {
    currentUser.requireInformationGovernance("Answering a subject access request");
    FamilyCase familyCase = cases.require(reference);
    List<FieldProblem> problems = new ArrayList<>();
    String person = body == null || body.person() == null ? "" : body.person().trim();
    String releasedTo = body == null || body.releasedTo() == null ? "" : body.releasedTo().trim();
    String notes = body == null || body.notes() == null ? "" : body.notes().trim();
    if (person.isEmpty()) {
      problems.add(new FieldProblem("person", "is required: whose request this answers"));
    }
    if (releasedTo.isEmpty()) {
      problems.add(new FieldProblem("releasedTo", "is required: to whom, and how it was sent"));
    }
    if (notes.isEmpty()) {
      problems.add(
          new FieldProblem("notes", "is required: what was withheld or redacted, and why"));
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    String subject = subject(files.of(familyCase), person);
    OffsetDateTime now = OffsetDateTime.now(clock);
    org.springframework.jdbc.support.KeyHolder key =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.subject_access_release
              (case_reference, person, released_to, notes, released_by, released_at)
            values (:c, :person, :to, :notes, :by, :at)
            """)
        .param("c", familyCase.reference())
        .param("person", subject)
        .param("to", releasedTo)
        .param("notes", notes)
        .param("by", currentUser.userId())
        .param("at", now)
        .update(key, "id");
    accessLog.recordRelease(
        new AccessLog.Viewer(
            currentUser.userId(), currentUser.groupIds(), CorrelationIds.current()),
        familyCase.reference(),
        WhatWasSeen.SUBJECT_ACCESS_RELEASE,
        "Released to " + releasedTo);
    return new Released(key.getKey().longValue(), familyCase.reference(), subject, now);
  }

  /** The name as the case holds it, or 400 naming the field. */
  private static String subject(CaseFile file, String person) {
    String asked = person == null ? "" : person.trim();
    for (CaseFile.Adult adult : file.adults()) {
      if (same(adult.name(), asked)) {
        return adult.name();
      }
    }
    for (CaseFile.Child child : file.children()) {
      if (same(child.name(), asked)) {
        return child.name();
      }
    }
    throw ApiProblem.invalid(
        List.of(
            new FieldProblem(
                "person",
                asked.isEmpty()
                    ? "is required: the name of the adult or child on the case who asked"
                    : "is not the name of an adult or child on case " + file.id())));
  }

  /** Other people on the case: their full names, and first names only they have, to look for. */
  private static Map<String, String> otherPeople(CaseFile file, String subject) {
    List<String> names = new ArrayList<>();
    file.adults().forEach(a -> names.add(a.name()));
    file.children().forEach(c -> names.add(c.name()));
    Map<String, String> others = new LinkedHashMap<>();
    for (String name : names) {
      if (!same(name, subject)) {
        others.put(name, name);
      }
    }
    return others;
  }

  private static Map<String, Object> summary(CaseFile file) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("reference", file.id());
    summary.put("status", file.status());
    summary.put("referredAt", file.referredAt());
    summary.put("referringAgency", file.referringAgency());
    summary.put("reason", file.reason());
    summary.put("leadAgency", file.leadAgency());
    summary.put("agencies", file.agencies());
    summary.put("currentLevel", file.currentLevelName());
    summary.put("closedAt", file.closedAt());
    summary.put("closureReason", file.closureReason());
    return summary;
  }

  private static List<String> review(
      String section, JsonNode item, String subject, Map<String, String> others) {
    Set<String> reasons = new LinkedHashSet<>();
    JsonNode child = item.get("child");
    if (child != null && child.isTextual() && !same(child.asText(), subject)) {
      reasons.add("Is about " + child.asText() + ", another person on the case");
    }
    List<String> texts = new ArrayList<>();
    strings(item, texts);
    for (String other : others.keySet()) {
      Pattern named =
          Pattern.compile(
              "\\b" + Pattern.quote(other) + "\\b",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      if (texts.stream().anyMatch(text -> named.matcher(text).find())) {
        reasons.add("Names " + other + ", another person on the case");
      }
    }
    if (section.equals("concerns")) {
      reasons.add("Says who raised a concern: a third-party source, check before release");
    }
    return List.copyOf(reasons);
  }

  private static void strings(JsonNode node, List<String> into) {
    if (node.isTextual()) {
      into.add(node.asText());
    } else if (node.isContainerNode()) {
      Iterator<JsonNode> children = node.elements();
      while (children.hasNext()) {
        strings(children.next(), into);
      }
    }
  }

  private static boolean same(String a, String b) {
    return a != null
        && b != null
        && a.trim()
            .replaceAll("\\s+", " ")
            .toLowerCase(Locale.ROOT)
            .equals(b.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }
}
