package org.carepath.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;

/**
 * Spring's {@code query(Row.class)} costs a driver exception per multi-word column per row (see
 * {@link RecordRows}); ArchUnit cannot tell {@code query(Long.class)} from {@code
 * query(Row.class)}, so the sources are read: a class handed to {@code query} must be a single
 * value.
 */
class RecordQueriesUseRecordRowsTest {

  private static final Pattern QUERY_OF_CLASS =
      Pattern.compile("\\.query\\(\\s*([A-Za-z_][\\w.]*)\\.class\\s*\\)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+([\\w.]+);");

  @Test
  void noQueryMapsRowsToAClassItself() throws IOException {
    List<String> values = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher query = QUERY_OF_CLASS.matcher(source);
        while (query.find()) {
          String name = query.group(1);
          Optional<Class<?>> type = resolve(name, source, file);
          if (type.isPresent() && BeanUtils.isSimpleValueType(type.get())) {
            values.add(name);
          } else {
            wrong.add(
                file
                    + ": query("
                    + name
                    + ".class)"
                    + (type.isEmpty() ? " (not a class this test can find)" : ""));
          }
        }
      }
    }
    assertThat(wrong)
        .as("rows mapped to a class by Spring; use query(RecordRows.of(Type.class)) instead")
        .isEmpty();
    // The scan itself works: the repositories' counts and single columns are found.
    assertThat(values).contains("Long", "String");
  }

  /** The class a simple or qualified name in a source file means, as the compiler would find it. */
  private static Optional<Class<?>> resolve(String name, String source, Path file) {
    String simple = name.substring(name.lastIndexOf('.') + 1);
    List<String> candidates = new ArrayList<>();
    candidates.add(name);
    candidates.add("java.lang." + name);
    Matcher imported = IMPORT.matcher(source);
    while (imported.find()) {
      if (imported.group(1).endsWith("." + simple)) {
        candidates.add(imported.group(1));
      }
    }
    Matcher pkg = PACKAGE.matcher(source);
    String packageName = pkg.find() ? pkg.group(1) : "";
    String outer = file.getFileName().toString().replace(".java", "");
    candidates.add(packageName + "." + name);
    candidates.add(packageName + "." + outer + "$" + name.replace('.', '$'));
    for (String candidate : candidates) {
      try {
        return Optional.of(
            Class.forName(candidate, false, RecordQueriesUseRecordRowsTest.class.getClassLoader()));
      } catch (ClassNotFoundException e) {
        // try the next place the name could come from
      }
    }
    return Optional.empty();
  }
}
