package org.carepath.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral that opens a family case: the API body of {@code POST /api/cases}, also built from the
 * Tasklist start form. Seed 003 recs 1, 2, 8, 9: for every adult, the dependent children, their
 * ages and where they live. A child at immediate risk of harm is said at once, with what was seen,
 * and acted on before consent or assessment (seed 002: "act immediately").
 */
public record Referral(
    @NotBlank @Size(max = 64) String referringAgency,
    @NotBlank @Size(max = 4000) String reason,
    @NotEmpty(message = "must name at least one adult") @Size(max = 10)
        List<@NotNull @Valid Adult> adults,
    @Size(max = 20) List<@NotNull @Valid Child> children,
    Boolean immediateRiskOfHarm,
    @Size(max = 4000) String immediateRiskSeen) {

  public Referral {
    children = children == null ? List.of() : children;
    immediateRiskOfHarm = immediateRiskOfHarm != null && immediateRiskOfHarm;
  }

  /** A referral that names no immediate risk of harm. */
  public Referral(String referringAgency, String reason, List<Adult> adults, List<Child> children) {
    this(referringAgency, reason, adults, children, false, null);
  }

  public record Adult(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 64) String role,
      @Past LocalDate dateOfBirth,
      @Size(max = 20) List<@NotBlank @Size(max = 64) String> substances,
      Boolean pregnant,
      LocalDate expectedDeliveryDate) {

    public Adult {
      substances = substances == null ? List.of() : substances;
      pregnant = pregnant != null && pregnant;
    }
  }

  public record Child(
      @NotBlank @Size(max = 200) String name,
      @NotNull @PastOrPresent LocalDate dateOfBirth,
      @NotBlank @Size(max = 200) String livesWith) {}
}
