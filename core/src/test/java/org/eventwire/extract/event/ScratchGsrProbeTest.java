package org.eventwire.extract.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScratchGsrProbeTest {
  @Test
  void probe() throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    TriggerMatcher matcher = new TriggerMatcher(TriggerLexicon.bundled());
    DistractorFilter filter = DistractorFilter.bundled();
    ObjectMapper m = new ObjectMapper();
    List<String> lines = Files.readAllLines(Path.of("/work/shared/eval/plover-dev/gsr.jsonl"));
    List<String> extra = Files.exists(Path.of("/tmp/lexgen/extra.txt")) ? Files.readAllLines(Path.of("/tmp/lexgen/extra.txt")) : List.of();
    int hit = 0, n = 0;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size() + extra.size(); i++) {
      String text;
      List<String> gold = new ArrayList<>();
      if (i < lines.size()) {
        text = m.readTree(lines.get(i)).get("text").asText();
        JsonNode g = m.readTree(Path.of(String.format("/work/shared/eval/plover-dev/gsr-%03d.gold.json", i)).toFile());
        JsonNode ev = g.get("events").get(0);
        gold.add(ev.get("type").asText());
        ev.path("alt_types").forEach(a -> gold.add(a.asText()));
      } else {
        text = extra.get(i - lines.size());
        gold.add("?");
      }
      CoreDocument doc = new CoreDocument(text);
      nlp.annotate(doc);
      List<String> found = new ArrayList<>();
      for (CoreSentence s : doc.sentences()) {
        List<Token> toks = new ArrayList<>();
        for (CoreLabel l : s.tokens()) {
          toks.add(new Token(l.word(), l.lemma(), l.tag(), l.beginPosition(), l.endPosition()));
        }
        for (TriggerMatch tm : matcher.match(toks)) {
          String f = filter.looksNonPolitical(toks, tm) ? "!FILTERED" : "";
          found.add(tm.trigger().type() + ":" + tm.surface(toks) + f);
        }
      }
      boolean ok = found.stream().anyMatch(f -> gold.contains(f.split(":")[0]));
      if (i < lines.size()) { n++; if (ok) hit++; }
      out.append(ok ? "OK  " : "MISS").append(' ').append(i).append(' ').append(gold).append(' ').append(found)
          .append(" | ").append(text.length() > 110 ? text.substring(0, 110) : text).append('\n');
    }
    out.append("hit ").append(hit).append('/').append(n).append('\n');
    Files.writeString(Path.of("/tmp/lexgen/probe.txt"), out.toString());
  }
}
