package org.carepath.models;

/** A model file that cannot be deployed; the message names the file and the problem. */
public class BrokenModelException extends RuntimeException {
  public BrokenModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
