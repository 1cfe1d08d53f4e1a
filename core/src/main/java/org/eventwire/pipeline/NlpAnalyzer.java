package org.eventwire.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.eventwire.extract.entity.EntityExtractor;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.extract.quote.QuoteExtractor;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Event;
import org.eventwire.model.Quote;
import org.eventwire.nlp.CoreNlpPipeline;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.SentenceSelector;

/**
 * The full analysis: CoreNLP (shared, loaded once), then entities, quotes and events, each a stage
 * of its own. Thread-safe: every call works on its own document.
 */
public final class NlpAnalyzer implements Analyzer {
  private final CoreNlpPipeline nlp;
  private final SentenceSelector selector;
  private final EntityExtractor entities;
  private final QuoteExtractor quotes;
  private final EventStage events;

  /** Codes events from an article's parsed text, entities and quotes. */
  @FunctionalInterface
  public interface EventStage {
    List<Event> code(NlpDocument doc, EntityIndex entities, List<Quote> quotes, LocalDate published);
  }

  /** The parts of an analyzer; see {@link Analyzers} for the default assembly. */
  public record Parts(CoreNlpPipeline nlp, SentenceSelector selector, EntityExtractor entities, QuoteExtractor quotes,
      EventStage events) {}

  public NlpAnalyzer(Parts parts) {
    this.nlp = parts.nlp();
    this.selector = parts.selector();
    this.entities = parts.entities();
    this.quotes = parts.quotes();
    this.events = parts.events();
  }

  @Override
  public AnalysisRecord analyze(Article article) {
    NlpDocument doc = nlp.annotate(article.text(), selector);
    LocalDate published = PublishedDates.parse(article.published());
    EntityIndex idx = entities.extract(doc, published);
    List<Quote> q = quotes.extract(doc, idx);
    List<Event> e = events.code(doc, idx, q, published);
    return new AnalysisRecord(article, idx.entities(), q, e, null, null);
  }
}
