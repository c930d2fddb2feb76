package org.carepath.routing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Read side of the routed tasks, for the case view. */
@Service
public class RoutedTasks {

  private final RoutedTaskRepository tasks;

  RoutedTasks(RoutedTaskRepository tasks) {
    this.tasks = tasks;
  }

  public List<RoutedTask> of(long caseId) {
    return tasks.of(caseId);
  }

  /** The agencies that have open work for the case, each once. */
  public Set<String> agenciesWithOpenTasks(long caseId) {
    return tasks.open(caseId).stream()
        .map(RoutedTaskRepository.OpenTask::agency)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
