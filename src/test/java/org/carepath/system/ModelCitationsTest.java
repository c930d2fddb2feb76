package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The models cite their sources for service designers and name them by title for practitioners:
 * every decision rule cites a passage or says it is a judgement, every quoted passage is the
 * source's own words, and nothing a practitioner reads (forms, decision outputs) carries a file
 * code.
 */
class ModelCitationsTest {

  private static final Pattern SOURCE_FILE = Pattern.compile("(\\d{3}_[0-9a-f]{16}\\.txt)");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern FILE_CODE =
      Pattern.compile("(?i)seed\\s*00\\d|\\d{3}_[0-9a-f]{16}|\\.txt\\b");

  /** The sources sit beside the repository when it is checked out with them (not on every CI). */
  private static final Path SEEDS =
      Path.of(System.getProperty("carepath.seeds", "../shared/seeds"));

  @Test
  void everyDecisionRuleCitesAPassageOrSaysItIsAJudgement() throws Exception {
    for (Path dmn : files("dmn", ".dmn")) {
      for (Element rule : elements(dmn, "rule")) {
        String annotation = text(rule, "description");
        assertThat(annotation)
            .as("annotation of %s in %s", rule.getAttribute("id"), dmn)
            .isNotBlank();
        boolean cites = SOURCE_FILE.matcher(annotation).find() && QUOTED.matcher(annotation).find();
        assertThat(cites || annotation.toLowerCase(Locale.ROOT).contains("judgement"))
            .as("%s in %s cites a passage or says it is a judgement", rule.getAttribute("id"), dmn)
            .isTrue();
      }
    }
  }

  @Test
  void decisionOutputsNameNoFileCodes() throws Exception {
    for (Path dmn : files("dmn", ".dmn")) {
      for (Element entry : elements(dmn, "outputEntry")) {
        String text = entry.getTextContent();
        assertThat(FILE_CODE.matcher(text).find())
            .as("output %s in %s: %s", entry.getAttribute("id"), dmn, text)
            .isFalse();
      }
    }
  }

  @Test
  void formsNameSourcesByTitleNotByFileCode() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path form : files("forms", ".form")) {
      List<String> texts = new ArrayList<>();
      collectTexts(json.readTree(form.toFile()), texts);
      for (String text : texts) {
        assertThat(FILE_CODE.matcher(text).find()).as("%s: %s", form, text).isFalse();
      }
    }
  }

  @Test
  void everyQuotedPassageIsTheSourcesOwnWords() throws Exception {
    Assumptions.assumeTrue(
        Files.isDirectory(SEEDS), "the sources are not beside the repository at " + SEEDS);
    Map<String, String> sources = new HashMap<>();
    try (Stream<Path> seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.toList()) {
        sources.put(
            seed.getFileName().toString(),
            normalise(Files.readString(seed, StandardCharsets.UTF_8)));
      }
    }
    List<String> notVerbatim = new ArrayList<>();
    List<Path> models = new ArrayList<>(files("dmn", ".dmn"));
    models.addAll(files("bpmn", ".bpmn"));
    for (Path model : models) {
      for (String tag : List.of("description", "documentation")) {
        for (Element element : elements(model, tag)) {
          notVerbatim.addAll(misquotes(element.getTextContent(), sources, model));
        }
      }
    }
    assertThat(notVerbatim).isEmpty();
  }

  /** Quotes after a file name must appear in that file; "..." and [insertions] split a quote. */
  private static List<String> misquotes(String text, Map<String, String> sources, Path model) {
    List<String> problems = new ArrayList<>();
    Matcher file = SOURCE_FILE.matcher(text);
    List<int[]> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (file.find()) {
      spans.add(new int[] {file.start(), file.end()});
      names.add(file.group(1));
    }
    for (int i = 0; i < names.size(); i++) {
      String body =
          text.substring(
              spans.get(i)[1], i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length());
      String source = sources.get(names.get(i));
      if (source == null) {
        problems.add(model + ": unknown source " + names.get(i));
        continue;
      }
      Matcher quote = QUOTED.matcher(body);
      while (quote.find()) {
        for (String part : quote.group(1).split("\\s*(?:\\.\\.\\.|\u2026|\\[[^\\]]*\\])\\s*")) {
          String words = normalise(part).replaceAll("^[ .;,:]+|[ .;,:]+$", "");
          if (words.length() > 3 && !source.contains(words)) {
            problems.add(model + ": " + names.get(i) + " does not say \"" + words + "\"");
          }
        }
      }
    }
    return problems;
  }

  private static String normalise(String text) {
    return text.replace('\u2018', '\'')
        .replace('\u2019', '\'')
        .replace('\u201c', '"')
        .replace('\u201d', '"')
        .replace('\u2013', '-')
        .replace('\u2014', '-')
        .replace("*", "")
        .replaceAll("\\s+", " ")
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                if (List.of("text", "label", "description").contains(field.getKey())
                    && field.getValue().isTextual()) {
                  texts.add(field.getValue().asText());
                }
                collectTexts(field.getValue(), texts);
              });
    } else if (node.isArray()) {
      node.forEach(item -> collectTexts(item, texts));
    }
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      List<Path> found = paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
      assertThat(found).as("models in %s", folder).isNotEmpty();
      return found;
    }
  }

  private static List<Element> elements(Path xml, String localName) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList nodes =
        factory.newDocumentBuilder().parse(xml.toFile()).getElementsByTagNameNS("*", localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static String text(Element parent, String localName) {
    NodeList children = parent.getElementsByTagNameNS("*", localName);
    return children.getLength() == 0 ? "" : children.item(0).getTextContent();
  }
}
