package org.carepath.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a person's browser does: signs in with the login form and keeps the session cookie. It sends
 * the session's CSRF token with its changes the way the workspace pages do.
 */
final class SignedInBrowser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies;
  private final HttpClient http;

  private SignedInBrowser(int port) {
    this(port, new CookieManager());
  }

  private SignedInBrowser(int port, CookieManager cookies) {
    this.base = "http://localhost:" + port;
    this.cookies = cookies;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static SignedInBrowser anonymous(int port) {
    return new SignedInBrowser(port);
  }

  /** Signs in; the answer to the form post is kept for tests of the sign-in itself. */
  static SignedInBrowser signIn(int port, String user, String password) {
    SignedInBrowser browser = new SignedInBrowser(port);
    HttpResponse<String> answer = browser.submitLogin(user, password);
    if (answer.statusCode() != 302
        || answer.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException(user + " could not sign in: " + answer.statusCode());
    }
    return browser;
  }

  /** The same browser, with its session cookie, sent to another node behind a load balancer. */
  SignedInBrowser on(int port) {
    return new SignedInBrowser(port, cookies);
  }

  HttpResponse<String> submitLogin(String user, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username="
                        + encode(user)
                        + "&password="
                        + encode(password)
                        + "&_csrf="
                        + encode(csrfToken()))));
  }

  String csrfToken() {
    try {
      return (String) JSON.readValue(get("/session/csrf").body(), Map.class).get("token");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A JSON change, with the session's CSRF token unless told otherwise. */
  HttpResponse<String> postJson(String path, String json, boolean withToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (withToken) {
      request.header("X-CSRF-TOKEN", csrfToken());
    }
    return send(request);
  }

  /** A JSON change to the Camunda webapps' API, with their own CSRF header. */
  HttpResponse<String> postToWebapp(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
