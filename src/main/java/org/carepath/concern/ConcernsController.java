package org.carepath.concern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{id}/concerns}: any agency raises a new concern about a family. An agency
 * working with the family gets the concern back (201); any other gets only a receipt (202).
 */
@RestController
class ConcernsController {

  private final Concerns concerns;

  ConcernsController(Concerns concerns) {
    this.concerns = concerns;
  }

  record NewConcern(
      @NotBlank @Size(max = 64) String agency, @NotBlank @Size(max = 4000) String description) {}

  /** All an agency new to the family learns: its concern arrived. */
  record Receipt(String status, String detail) {}

  static final Receipt RECEIVED =
      new Receipt(
          "received",
          "Your concern has been received and recorded. The family's lead professional will decide"
              + " whether your agency should work with the family; until then nothing of the case"
              + " is shared with you.");

  @PostMapping("/api/cases/{id}/concerns")
  ResponseEntity<Object> raise(@PathVariable String id, @Valid @RequestBody NewConcern concern) {
    Concern raised = concerns.raise(id, concern.agency(), concern.description().trim());
    if (raised == null) {
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(RECEIVED);
    }
    return ResponseEntity.created(URI.create("/api/cases/" + id + "#concern-" + raised.id()))
        .body(raised);
  }
}
