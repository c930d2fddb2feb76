package org.carepath.stage;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pregnancy recorded after referral, a new expected date, and a birth: each moves the case's
 * pregnancy pathway.
 */
@RestController
class PregnanciesController {

  private final Pregnancies pregnancies;

  PregnanciesController(Pregnancies pregnancies) {
    this.pregnancies = pregnancies;
  }

  @PostMapping("/api/cases/{id}/pregnancies")
  ResponseEntity<Pregnancies.PregnancyRecord> record(
      @PathVariable String id, @RequestBody Pregnancies.NewPregnancy body) {
    Pregnancies.PregnancyRecord recorded = pregnancies.record(id, body);
    return ResponseEntity.created(URI.create("/api/cases/" + id + "/pregnancies/" + recorded.id()))
        .body(recorded);
  }

  @PutMapping("/api/cases/{id}/pregnancies/{pregnancyId}/expected-date")
  Pregnancies.PregnancyRecord redate(
      @PathVariable String id,
      @PathVariable long pregnancyId,
      @RequestBody Pregnancies.NewDate body) {
    return pregnancies.redate(id, pregnancyId, body);
  }

  @PostMapping("/api/cases/{id}/pregnancies/{pregnancyId}/end")
  Pregnancies.PregnancyRecord end(
      @PathVariable String id,
      @PathVariable long pregnancyId,
      @RequestBody Pregnancies.EndOfPregnancy body) {
    return pregnancies.endWithoutBirth(id, pregnancyId, body);
  }

  @PostMapping("/api/cases/{id}/births")
  ResponseEntity<Pregnancies.PregnancyRecord> birth(
      @PathVariable String id, @RequestBody Pregnancies.Birth body) {
    return ResponseEntity.status(201).body(pregnancies.recordBirth(id, body));
  }
}
