package org.eventwire.extract.entity;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.extract.quote.QuoteExtractor;
import org.eventwire.extract.quote.SpeakerFinder;
import org.eventwire.extract.quote.SpeechVerbs;
import org.eventwire.kb.KnowledgeBase;
import org.eventwire.model.Entity;
import org.eventwire.model.Quote;
import org.eventwire.nlp.CoreNlpPipeline;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.SentenceSelector;

/** Test helper: runs the NLP, entity and quote stages on a text written for a test. */
public final class Analysed {
  private static final KnowledgeBase KB = KnowledgeBase.loadDefault();
  private static final SpeechVerbs VERBS = SpeechVerbs.bundled();
  private static final SpeakerFinder SPEAKERS = new SpeakerFinder(VERBS);
  private static final EntityExtractor ENTITIES = new EntityExtractor(new KbActorKnowledge(KB), SPEAKERS::isSpeechVerb);
  private static final QuoteExtractor QUOTES = new QuoteExtractor(VERBS);

  public final EntityIndex index;
  public final List<Quote> quotes;

  private Analysed(EntityIndex index, List<Quote> quotes) {
    this.index = index;
    this.quotes = quotes;
  }

  /** Analyses {@code text} as published on {@code published}. */
  public static Analysed of(String text, LocalDate published) {
    NlpDocument doc = CoreNlpPipeline.shared().annotate(text, SentenceSelector.all());
    EntityIndex idx = ENTITIES.extract(doc, published);
    return new Analysed(idx, QUOTES.extract(doc, idx));
  }

  /** The entity that has {@code name} as its name or an alias, or null. */
  public Entity entity(String name) {
    for (Entity e : index.entities()) {
      if (e.name().equalsIgnoreCase(name) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
        return e;
      }
    }
    return null;
  }

  /** Every entity, one per line, for failure messages. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    for (Entity e : index.entities()) {
      b.append(e.name()).append(' ').append(e.type()).append(' ').append(e.actor() == null ? null : e.actor().code())
          .append(' ').append(e.aliases()).append(' ').append(e.roles()).append('\n');
    }
    for (Quote q : quotes) {
      Entity s = index.byId(q.speaker());
      b.append("Q ").append(s == null ? null : s.name()).append(": ").append(q.text()).append('\n');
    }
    return b.toString();
  }
}
