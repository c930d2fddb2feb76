package org.carepath.subjectaccess;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.carepath.access.FamilyData;
import org.carepath.access.WhatWasSeen;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** A subject access request: the draft response as JSON or to print, and its release. */
@RestController
class SubjectAccessController {

  private final SubjectAccess subjectAccess;

  SubjectAccessController(SubjectAccess subjectAccess) {
    this.subjectAccess = subjectAccess;
  }

  @GetMapping(value = "/api/cases/{id}/subject-access", produces = MediaType.APPLICATION_JSON_VALUE)
  @FamilyData(WhatWasSeen.SUBJECT_ACCESS)
  SubjectAccess.Export export(
      @PathVariable String id, @RequestParam(required = false) String person) {
    return subjectAccess.of(id, person);
  }

  /** The same response as a document to print (the browser's own print, with no script). */
  @GetMapping(value = "/api/cases/{id}/subject-access", produces = MediaType.TEXT_HTML_VALUE)
  @FamilyData(WhatWasSeen.SUBJECT_ACCESS_PRINT)
  ResponseEntity<String> printable(
      @PathVariable String id, @RequestParam(required = false) String person) {
    SubjectAccess.Export export = subjectAccess.of(id, person);
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape("Subject access: " + export.person() + " – " + export.caseReference()))
        .append("</title></head><body><main>")
        .append("<h1>")
        .append(escape(export.about()))
        .append("</h1><p>Case ")
        .append(escape(export.caseReference()))
        .append(", assembled ")
        .append(escape(String.valueOf(export.assembledAt())))
        .append(" by ")
        .append(escape(export.assembledBy()))
        .append(".</p><p><strong>")
        .append(escape(export.notice()))
        .append("</strong> Items for review: ")
        .append(export.itemsForReview())
        .append(".</p>");
    for (SubjectAccess.Section section : export.sections()) {
      html.append("<h2>").append(escape(section.title())).append("</h2>");
      int number = 0;
      for (SubjectAccess.Item item : section.items()) {
        html.append("<section><h3>").append(++number).append("</h3>");
        for (String reason : item.forReview()) {
          html.append("<p><strong>For review: ").append(escape(reason)).append("</strong></p>");
        }
        html.append(definitions(item.content()));
        html.append("</section>");
      }
    }
    html.append("</main></body></html>");
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html.toString());
  }

  @PostMapping("/api/cases/{id}/subject-access/releases")
  ResponseEntity<SubjectAccess.Released> release(
      @PathVariable String id, @RequestBody(required = false) SubjectAccess.Release body) {
    SubjectAccess.Released released = subjectAccess.release(id, body);
    return ResponseEntity.created(URI.create("/api/cases/" + id + "/subject-access"))
        .body(released);
  }

  private static String definitions(Object value) {
    if (value instanceof Map<?, ?> map) {
      StringBuilder dl = new StringBuilder("<dl>");
      map.forEach(
          (key, entry) -> {
            if (entry != null) {
              dl.append("<dt>")
                  .append(escape(String.valueOf(key)))
                  .append("</dt><dd>")
                  .append(definitions(entry))
                  .append("</dd>");
            }
          });
      return dl.append("</dl>").toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder ul = new StringBuilder("<ul>");
      list.forEach(entry -> ul.append("<li>").append(definitions(entry)).append("</li>"));
      return ul.append("</ul>").toString();
    }
    return escape(String.valueOf(value));
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text);
  }
}
