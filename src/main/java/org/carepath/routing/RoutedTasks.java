package org.carepath.routing;

import java.util.List;
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
}
