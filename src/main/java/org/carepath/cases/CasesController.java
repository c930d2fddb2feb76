package org.carepath.cases;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Referrals: {@code POST /api/cases} opens a case and starts its family pathway. */
@RestController
@RequestMapping("/api/cases")
class CasesController {

  private final Cases cases;

  CasesController(Cases cases) {
    this.cases = cases;
  }

  record Created(String id) {}

  @PostMapping
  ResponseEntity<Created> refer(@RequestBody Referral referral) {
    String id = cases.refer(referral);
    return ResponseEntity.created(URI.create("/api/cases/" + id)).body(new Created(id));
  }
}
