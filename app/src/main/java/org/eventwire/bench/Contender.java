package org.eventwire.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.function.Consumer;
import org.eventwire.model.Article;
import org.eventwire.pipeline.Analyzer;
import org.eventwire.pipeline.AnalyzerConfig;
import org.eventwire.pipeline.Analyzers;

/** The two pipelines the benchmark compares, each one shared instance used by every worker thread. */
public enum Contender {
  /** Eventwire's full analysis ({@link Analyzers#nlp}): entities, quotes, events. */
  EVENTWIRE {
    @Override
    Consumer<Article> load() {
      Analyzer analyzer = Analyzers.nlp(AnalyzerConfig.defaults());
      return analyzer::analyze;
    }
  },
  /**
   * Stanford CoreNLP with its default English models and the annotators a who-said-what system
   * needs: {@value #BASELINE_ANNOTATORS}, statistical coreference (the quote annotator's attribution
   * requires coref).
   */
  BASELINE {
    @Override
    Consumer<Article> load() {
      Properties p = new Properties();
      p.setProperty("annotators", BASELINE_ANNOTATORS);
      p.setProperty("coref.algorithm", "statistical");
      // SUTime stays on; only its holiday names go: their library (jollyday) is not part of Eventwire's build.
      p.setProperty("sutime.binders", "0");
      StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
      return a -> pipeline.annotate(new Annotation(a.text()));
    }
  };

  static final String BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  /** Loads the models and returns the per-article work (thread-safe). */
  abstract Consumer<Article> load();

  /** The JSON key prefix: {@code eventwire} or {@code baseline}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
