package org.carepath.models;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carepath.access.FamilyData;
import org.carepath.access.NoFamilyData;
import org.carepath.access.ReadsOfFamilies;
import org.carepath.access.WhatWasSeen;
import org.carepath.models.ModelDeployer.ModelFile;
import org.carepath.models.PastDecisions.Period;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The service designer's loop: try a changed table on past decisions, deploy models with a reason,
 * list what is deployed. Files come as {@code multipart/form-data}, as Camunda Modeler sends them
 * (any part that is a file is a model).
 */
@RestController
class ModelsController {

  private final WhatIf whatIf;
  private final ModelDeployments deployments;
  private final CurrentUser currentUser;

  ModelsController(WhatIf whatIf, ModelDeployments deployments, CurrentUser currentUser) {
    this.whatIf = whatIf;
    this.deployments = deployments;
    this.currentUser = currentUser;
  }

  /** The reason for going back to an earlier version. */
  record Redeploy(String reason) {}

  @PostMapping("/api/models/what-if")
  List<WhatIf.Report> whatIf(
      HttpServletRequest request,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate closedFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate closedTo) {
    currentUser.requireDesignerOrManager("What-if reports");
    if (closedFrom != null && closedTo != null && closedTo.isBefore(closedFrom)) {
      throw ApiProblem.invalid(
          List.of(new FieldProblem("closedTo", "must not be before closedFrom")));
    }
    List<ModelFile> files = files(request);
    if (files.size() != 1) {
      throw ApiProblem.invalid(
          List.of(new FieldProblem("file", "send one .dmn file (the changed table)")));
    }
    return whatIf.run(files.get(0), new Period(closedFrom, closedTo));
  }

  @GetMapping("/api/models/what-if/{id}")
  @NoFamilyData("figures only")
  WhatIf.Report whatIfReport(@PathVariable String id) {
    currentUser.requireDesignerOrManager("What-if reports");
    return whatIf.report(id);
  }

  @GetMapping("/api/models/what-if/{id}/cases")
  @FamilyData(WhatWasSeen.WHAT_IF_CASES)
  Map<String, Object> whatIfCases(
      @PathVariable String id, @RequestParam String from, @RequestParam String to) {
    List<String> cases = whatIf.cases(id, from, to);
    ReadsOfFamilies.shown(cases);
    return Map.of("from", from, "to", to, "cases", cases);
  }

  @PostMapping("/api/models/deployments")
  @ResponseStatus(HttpStatus.CREATED)
  ModelDeployments.Deployed deploy(
      HttpServletRequest request, @RequestParam(required = false) String reason) {
    return deployments.deploy(files(request), reason);
  }

  @GetMapping("/api/models/deployments")
  @NoFamilyData("models and who deployed them")
  List<Map<String, Object>> deployments() {
    return deployments.deployments();
  }

  @GetMapping("/api/models")
  @NoFamilyData("models and who deployed them")
  List<ModelDeployments.Model> models() {
    return deployments.models();
  }

  @PostMapping("/api/models/{key}/versions/{version}/deployments")
  @ResponseStatus(HttpStatus.CREATED)
  ModelDeployments.Deployed redeploy(
      @PathVariable String key, @PathVariable int version, @RequestBody Redeploy body) {
    return deployments.redeploy(key, version, body.reason());
  }

  private static List<ModelFile> files(HttpServletRequest request) {
    if (!(request instanceof MultipartHttpServletRequest multipart)) {
      throw ApiProblem.invalid(
          List.of(
              new FieldProblem(
                  "files",
                  "send the model files as multipart/form-data, as Camunda Modeler does")));
    }
    List<ModelFile> files = new ArrayList<>();
    for (MultipartFile file :
        multipart.getMultiFileMap().values().stream().flatMap(List::stream).toList()) {
      String name =
          file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
              ? file.getName()
              : file.getOriginalFilename();
      try {
        files.add(new ModelFile(name, file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
