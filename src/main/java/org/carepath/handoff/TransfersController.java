package org.carepath.handoff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carepath.system.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases/{id}/transfers}: the lead agency asks another to take the case over. */
@RestController
class TransfersController {

  private final Transfers transfers;

  TransfersController(Transfers transfers) {
    this.transfers = transfers;
  }

  record TransferRequest(
      @NotBlank @Size(max = 64) String toAgency, @NotBlank @Size(max = 4000) String reason) {}

  record TransferStarted(String caseId, String fromAgency, String toAgency, String status) {}

  @PostMapping("/api/cases/{id}/transfers")
  @ResponseStatus(HttpStatus.ACCEPTED)
  TransferStarted request(@PathVariable String id, @Valid @RequestBody TransferRequest request) {
    Transfers.Outcome outcome = transfers.request(id, request.toAgency(), request.reason().trim());
    if (outcome.refusal() != null) {
      throw ApiProblem.conflict("consent-needed", outcome.refusal());
    }
    return new TransferStarted(
        id, outcome.fromAgency(), request.toAgency(), "awaiting-handoff-plan");
  }
}
