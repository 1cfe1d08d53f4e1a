package org.eventwire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Origin;
import org.eventwire.store.Store;
import org.eventwire.store.Stores;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy thresholds on the dev set: every pair in {@code dev/dups.json} is a copy, no other pair of
 * dev articles is. Bodies come from a deliberately simple extractor (wire text between the
 * attribution and the share bar; a page's whole body text), so page boilerplate lowers the
 * measured Jaccard: the real readers only make copies more alike.
 */
class DedupDevSetIT {
  private static Path dev;
  private static final Map<String, String> TEXTS = new TreeMap<>();

  @BeforeAll
  static void load() throws IOException {
    dev = shared().resolve("eval/dev");
    Assumptions.assumeTrue(Files.isDirectory(dev), dev + " not present: skipping the dev-set copy test");
    try (Stream<Path> files = Files.list(dev)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".txt")) {
          TEXTS.put(name, wireBody(Files.readString(p)));
        } else if (name.endsWith(".html")) {
          TEXTS.put(name, Jsoup.parse(Files.readString(p)).body().text());
        }
      }
    }
  }

  static Path shared() {
    String prop = System.getProperty("eventwire.shared");
    if (prop != null) {
      return Path.of(prop);
    }
    for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
      if (d.getParent() != null && Files.isDirectory(d.getParent().resolve("shared"))) {
        return d.getParent().resolve("shared");
      }
    }
    return Path.of("../shared");
  }

  private static String wireBody(String s) {
    int attr = s.indexOf("(MENAFN-");
    int start = attr < 0 ? 0 : s.indexOf(')', attr) + 1;
    int end = s.indexOf("ShareFacebook");
    return s.substring(start, end < 0 ? s.length() : end).strip();
  }

  private static Set<List<String>> goldPairs() throws IOException {
    Set<List<String>> out = new HashSet<>();
    for (JsonNode n : new ObjectMapper().readTree(dev.resolve("dups.json").toFile())) {
      out.add(List.of(n.get("original").asText(), n.get("copy").asText()));
    }
    return out;
  }

  @Test
  void theNearDuplicateThresholdSeparatesCopiesFromEverythingElse() throws IOException {
    List<String> names = new ArrayList<>(TEXTS.keySet());
    Set<List<String>> found = new HashSet<>();
    double lowestCopy = 1;
    double highestOther = 0;
    Set<List<String>> gold = goldPairs();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        double jac = Shingles.jaccard(Shingles.of(TEXTS.get(names.get(i))), Shingles.of(TEXTS.get(names.get(j))));
        List<String> pair = List.of(names.get(i), names.get(j));
        if (gold.contains(pair)) {
          lowestCopy = Math.min(lowestCopy, jac);
        } else {
          highestOther = Math.max(highestOther, jac);
        }
        if (jac >= DedupThresholds.NEAR_DUPLICATE) {
          found.add(pair);
        }
      }
    }
    System.out.printf("dev set, 5-shingle Jaccard: lowest copy pair %.3f, highest other pair %.3f%n", lowestCopy, highestOther);
    assertThat(found).isEqualTo(gold);
  }

  @Test
  void theStoreMarksExactlyTheCopies(@TempDir Path tmp) throws IOException {
    try (Store store = Stores.open(tmp.resolve("dev.db").toString())) {
      int n = 0;
      for (Map.Entry<String, String> e : TEXTS.entrySet()) {
        store.put(AnalysisRecord.bare(new Article(e.getKey(), null, null, null, null, null, "en", e.getValue(),
            new Origin(e.getKey(), n++))));
      }
      Set<List<String>> marked = new HashSet<>();
      for (String name : TEXTS.keySet()) {
        String dup = store.article(name).orElseThrow().duplicateOf();
        if (dup != null) {
          marked.add(List.of(dup, name));
        }
      }
      assertThat(marked).isEqualTo(goldPairs());
    }
  }
}
