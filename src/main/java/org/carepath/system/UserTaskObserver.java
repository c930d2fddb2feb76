package org.carepath.system;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Told of every user task of every model as it is created, assigned, changed, and completed or
 * cancelled, in the engine's transaction. Features implement it as beans; {@link EveryUserTask}
 * wires them into the engine, so engine internals stay in this package.
 */
public interface UserTaskObserver {

  void created(DelegateTask task);

  void assigned(DelegateTask task);

  void updated(DelegateTask task);

  /** Completed, or cancelled with its process or scope. */
  void ended(DelegateTask task);
}
