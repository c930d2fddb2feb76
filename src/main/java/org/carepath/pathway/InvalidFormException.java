package org.carepath.pathway;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form submitted to the pathway with a missing or wrong value. Thrown by a delegate while the
 * engine completes the task or starts the process, so the whole step rolls back and the task stays
 * open; Tasklist shows the message, and the engine REST API's submit-form and complete answer 400
 * for this type (a task listener's exception would be wrapped into a 500).
 */
public class InvalidFormException extends FormFieldValidationException {
  public InvalidFormException(String message) {
    super(message, message);
  }
}
