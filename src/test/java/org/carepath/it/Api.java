package org.carepath.it;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

/** A small HTTP client for the running application, as one user (or none). */
final class Api {

  private static final ParameterizedTypeReference<Object> ANY =
      new ParameterizedTypeReference<>() {};

  private final String base;
  private final String user;
  private final String password;
  private final RestTemplate http;

  private Api(String base, String user, String password) {
    this.base = base;
    this.user = user;
    this.password = password;
    this.http = new RestTemplate(new SimpleClientHttpRequestFactory());
    this.http.setErrorHandler(response -> false);
  }

  static Api anonymous(int port) {
    return new Api("http://localhost:" + port, null, null);
  }

  static Api as(int port, String user) {
    return new Api("http://localhost:" + port, user, "demo");
  }

  static Api as(int port, String user, String password) {
    return new Api("http://localhost:" + port, user, password);
  }

  ResponseEntity<Object> get(String path) {
    return exchange(HttpMethod.GET, path, null, Map.of());
  }

  ResponseEntity<Object> post(String path, Object body) {
    return exchange(HttpMethod.POST, path, body, Map.of());
  }

  ResponseEntity<Object> exchange(
      HttpMethod method, String path, Object body, Map<String, String> headers) {
    HttpHeaders httpHeaders = new HttpHeaders();
    if (user != null) {
      httpHeaders.setBasicAuth(user, password);
    }
    httpHeaders.setContentType(MediaType.APPLICATION_JSON);
    httpHeaders.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    headers.forEach(httpHeaders::add);
    return http.exchange(URI.create(base + path), method, new HttpEntity<>(body, httpHeaders), ANY);
  }

  /**
   * A multipart upload, as Camunda Modeler deploys: text fields, then files by name.
   *
   * @param files file name → content
   */
  ResponseEntity<Object> upload(
      String path, Map<String, String> fields, Map<String, byte[]> files) {
    org.springframework.util.LinkedMultiValueMap<String, Object> parts =
        new org.springframework.util.LinkedMultiValueMap<>();
    fields.forEach(parts::add);
    files.forEach(
        (name, content) ->
            parts.add(
                name,
                new org.springframework.core.io.ByteArrayResource(content) {
                  @Override
                  public String getFilename() {
                    return name;
                  }
                }));
    HttpHeaders httpHeaders = new HttpHeaders();
    if (user != null) {
      httpHeaders.setBasicAuth(user, password);
    }
    httpHeaders.setContentType(MediaType.MULTIPART_FORM_DATA);
    httpHeaders.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return http.exchange(
        URI.create(base + path), HttpMethod.POST, new HttpEntity<>(parts, httpHeaders), ANY);
  }

  /** For pages and other non-JSON answers. */
  ResponseEntity<String> getText(String path) {
    HttpHeaders httpHeaders = new HttpHeaders();
    httpHeaders.setAccept(List.of(MediaType.TEXT_HTML));
    return http.exchange(
        URI.create(base + path), HttpMethod.GET, new HttpEntity<>(httpHeaders), String.class);
  }

  /** A non-JSON answer (a CSV export, say) as this user. */
  ResponseEntity<String> getText(String path, String accept) {
    return getText(path, accept, Map.of());
  }

  ResponseEntity<String> getText(String path, String accept, Map<String, String> headers) {
    HttpHeaders httpHeaders = new HttpHeaders();
    headers.forEach(httpHeaders::add);
    if (user != null) {
      httpHeaders.setBasicAuth(user, password);
    }
    httpHeaders.setAccept(List.of(MediaType.parseMediaType(accept)));
    return http.exchange(
        URI.create(base + path), HttpMethod.GET, new HttpEntity<>(httpHeaders), String.class);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(ResponseEntity<Object> response) {
    return (Map<String, Object>) response.getBody();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(ResponseEntity<Object> response) {
    return (List<Map<String, Object>>) response.getBody();
  }

  /** The {@code field} of each entry of a problem's {@code errors}. */
  static List<Object> errorFields(ResponseEntity<Object> problem) {
    return list(map(problem).get("errors")).stream().map(error -> error.get("field")).toList();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Form variables as Tasklist submits them: primitives untyped, lists as Json. */
  static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          if (value instanceof List<?> items) {
            variables.put(name, Map.of("value", json(items), "type", "Json"));
          } else {
            variables.put(name, java.util.Collections.singletonMap("value", value));
          }
        });
    return Map.of("variables", variables);
  }
}
