package org.eventwire.extract.quote;

import org.eventwire.nlp.CoreNlpPipeline;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.SentenceSelector;
import org.junit.jupiter.api.Test;

class ScratchIT {
  @Test
  void print() {
    NlpDocument doc = CoreNlpPipeline.shared().annotate(System.getProperty("scratch", "Kenya's foreign minister Alfred Mutua said that Somalia was opening “a new front” in the region."), SentenceSelector.all());
    for (Sentence s : doc.sentences()) {
      for (int i = 0; i < s.size(); i++) System.out.println("TOK " + i + " " + s.token(i));
      s.dependencies().forEach(d -> System.out.println("DEP " + d));
    }
  }
}
