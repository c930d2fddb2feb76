package org.carepath.access;

import java.util.Map;
import java.util.Set;

/** What an access entry says was seen, as a code and in the words the log shows. */
public final class WhatWasSeen {

  public static final String CASE_FILE = "case-file";
  public static final String CASE_PAGE = "case-page";
  public static final String CHRONOLOGY = "chronology";
  public static final String CHRONOLOGY_CSV = "chronology-csv";
  public static final String CHRONOLOGY_PRINT = "chronology-print";
  public static final String WORK_LIST = "work-list";
  public static final String WORK_ITEM = "work-item";
  public static final String TASK = "task";
  public static final String TASK_ANSWERS = "task-answers";
  public static final String TASK_FORM = "task-form";
  public static final String TASK_LIST = "task-list";
  public static final String CASE_LIST = "case-list";
  public static final String PATHWAY_PROGRESS = "pathway-progress";
  public static final String CASE_VALUES = "case-values";
  public static final String CASE_HISTORY = "case-history";
  public static final String DASHBOARD_CASES = "dashboard-cases";
  public static final String HIDDEN_HARM_ROWS = "hidden-harm-rows";
  public static final String HIDDEN_HARM_CSV = "hidden-harm-csv";
  public static final String WHAT_IF_CASES = "what-if-cases";
  public static final String ACCESS_LOG = "access-log";
  public static final String BREAK_GLASS = "break-glass";
  public static final String SUBJECT_ACCESS = "subject-access";
  public static final String RETENTION = "retention";
  public static final String DESTRUCTION_LIST = "destruction-list";
  public static final String SUBJECT_ACCESS_PRINT = "subject-access-print";
  public static final String SUBJECT_ACCESS_RELEASE = "subject-access-release";

  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry(CASE_FILE, "The case record"),
          Map.entry(CASE_PAGE, "The case page"),
          Map.entry(CHRONOLOGY, "The chronology"),
          Map.entry(CHRONOLOGY_CSV, "The chronology, downloaded as a spreadsheet (CSV)"),
          Map.entry(CHRONOLOGY_PRINT, "The chronology, printed"),
          Map.entry(WORK_LIST, "A work list showing this case"),
          Map.entry(WORK_ITEM, "A task on this case"),
          Map.entry(TASK, "A task on this case"),
          Map.entry(TASK_ANSWERS, "A task's answers"),
          Map.entry(TASK_FORM, "A task's form"),
          Map.entry(TASK_LIST, "A task list showing this case"),
          Map.entry(CASE_LIST, "A list of cases showing this case"),
          Map.entry(PATHWAY_PROGRESS, "The case's progress through the pathway"),
          Map.entry(CASE_VALUES, "The values recorded on the case"),
          Map.entry(CASE_HISTORY, "The case's history"),
          Map.entry(DASHBOARD_CASES, "The dashboard's list of cases"),
          Map.entry(HIDDEN_HARM_ROWS, "Hidden Harm dataset rows"),
          Map.entry(HIDDEN_HARM_CSV, "Hidden Harm dataset, downloaded as a spreadsheet (CSV)"),
          Map.entry(WHAT_IF_CASES, "The cases behind a what-if figure"),
          Map.entry(ACCESS_LOG, "Who has seen this record"),
          Map.entry(BREAK_GLASS, "Emergency access (break-glass) granted"),
          Map.entry(SUBJECT_ACCESS, "Everything about a person, for a subject access request"),
          Map.entry(RETENTION, "How long the record is kept, and its legal holds"),
          Map.entry(DESTRUCTION_LIST, "A list of records due for destruction"),
          Map.entry(SUBJECT_ACCESS_PRINT, "A subject access request, printed"),
          Map.entry(SUBJECT_ACCESS_RELEASE, "A subject access response, released"));

  /** Lists show many families at once: not counted as looking into one family's record. */
  static final Set<String> LISTS =
      Set.of(
          WORK_LIST,
          TASK_LIST,
          CASE_LIST,
          DASHBOARD_CASES,
          HIDDEN_HARM_ROWS,
          HIDDEN_HARM_CSV,
          WHAT_IF_CASES,
          DESTRUCTION_LIST);

  static String words(String code) {
    return WORDS.getOrDefault(code, code);
  }

  static boolean known(String code) {
    return WORDS.containsKey(code);
  }

  private WhatWasSeen() {}
}
