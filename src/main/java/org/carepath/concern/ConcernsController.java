package org.carepath.concern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases/{id}/concerns}: any agency raises a new concern about a family. */
@RestController
class ConcernsController {

  private final Concerns concerns;

  ConcernsController(Concerns concerns) {
    this.concerns = concerns;
  }

  record NewConcern(
      @NotBlank @Size(max = 64) String agency, @NotBlank @Size(max = 4000) String description) {}

  @PostMapping("/api/cases/{id}/concerns")
  ResponseEntity<Concern> raise(@PathVariable String id, @Valid @RequestBody NewConcern concern) {
    Concern raised = concerns.raise(id, concern.agency(), concern.description().trim());
    return ResponseEntity.created(URI.create("/api/cases/" + id + "#concern-" + raised.id()))
        .body(raised);
  }
}
