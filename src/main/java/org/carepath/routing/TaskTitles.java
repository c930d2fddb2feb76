package org.carepath.routing;

/** The title a routed task shows in Tasklist: its key in plain words. */
final class TaskTitles {

  static String of(String taskKey) {
    String words = taskKey.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private TaskTitles() {}
}
