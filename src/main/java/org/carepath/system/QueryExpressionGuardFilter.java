package org.carepath.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JUEL expressions in task and filter queries, wherever they sit in the query (including
 * nested {@code orQueries}), and Java-serialized object values anywhere in the engine REST API. The
 * engine evaluates query expressions with full JUEL power, which is code execution for anyone
 * allowed to query; 7.24.0 CE lets them through inside {@code orQueries} and in stored filters.
 */
class QueryExpressionGuardFilter extends OncePerRequestFilter {

  /** Engine REST paths whose bodies or parameters are task queries (also nested in a filter). */
  private static final Pattern TASK_QUERY_PATH =
      Pattern.compile(
          "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/(?:task(?:/count)?|filter(?:/.*)?)$");

  private static final String JAVA_SERIALIZED = "application/x-java-serialized-object";

  private final ObjectMapper json;

  QueryExpressionGuardFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean taskQuery = TASK_QUERY_PATH.matcher(path).matches();
    List<FieldProblem> problems = new ArrayList<>();
    if (taskQuery) {
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        if (isExpressionField(parameter.getKey())) {
          problems.add(expressionRefused(parameter.getKey()));
        }
      }
    }
    // Multipart and form bodies (deployments, file variables) pass untouched; the engine itself
    // refuses Java serialization there (javaSerializationFormatEnabled=false).
    byte[] body = isJson(request) ? request.getInputStream().readAllBytes() : null;
    if (body != null && body.length > 0) {
      try {
        inspect(json.readTree(body), "", taskQuery, problems);
      } catch (JsonProcessingException notJson) {
        // The engine's own parser answers malformed JSON with a 400.
      }
    }
    if (!problems.isEmpty()) {
      Problems.write(
          response,
          json,
          HttpStatus.BAD_REQUEST,
          "refused-content",
          ApiProblem.describe(problems),
          problems);
      return;
    }
    chain.doFilter(body == null ? request : new CachedBodyRequest(request, body), response);
  }

  private static void inspect(JsonNode node, String at, boolean taskQuery, List<FieldProblem> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
        JsonNode value = field.getValue();
        if (taskQuery && isExpressionField(field.getKey()) && !value.isNull()) {
          out.add(expressionRefused(path));
        } else if ("serializationDataFormat".equals(field.getKey())
            && JAVA_SERIALIZED.equalsIgnoreCase(value.asText())) {
          out.add(
              new FieldProblem(
                  path, "is a Java-serialized object, which carepath does not accept"));
        }
        inspect(value, path, taskQuery, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        inspect(node.get(i), at + "[" + i + "]", taskQuery, out);
      }
    }
  }

  private static boolean isExpressionField(String name) {
    return name.endsWith("Expression") || name.endsWith("Expressions");
  }

  private static FieldProblem expressionRefused(String field) {
    return new FieldProblem(
        field, "is an expression, which carepath does not accept in task queries");
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().contains("json");
  }

  /** Hands the body we already read on to the engine. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body has been read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
