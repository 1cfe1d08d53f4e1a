package org.eventwire.pipeline;

import org.eventwire.extract.entity.EntityExtractor;
import org.eventwire.extract.entity.KbActorKnowledge;
import org.eventwire.extract.event.EventCoder;
import org.eventwire.extract.event.LexiconSenseCheck;
import org.eventwire.extract.event.TriggerLexicon;
import org.eventwire.extract.event.TriggerLexiconConfig;
import org.eventwire.extract.quote.QuoteExtractor;
import org.eventwire.extract.quote.SpeakerFinder;
import org.eventwire.extract.quote.SpeechVerbs;
import org.eventwire.kb.KbConfig;
import org.eventwire.kb.KnowledgeBase;
import org.eventwire.nlp.CoreNlpPipeline;

/** Assembles the default analyzer: CoreNLP, the knowledge base, the lexicons and the stages. */
public final class Analyzers {
  private Analyzers() {}

  /**
   * The full NLP analyzer. Loads the models on first call in the process (seconds).
   *
   * @throws org.eventwire.kb.KbLoadException if a lexicon file is malformed (names file and line)
   */
  public static NlpAnalyzer nlp(AnalyzerConfig config) {
    KnowledgeBase kb = KnowledgeBase.load(config.lexiconDir().map(KbConfig::withUserLexicon).orElse(KbConfig.defaults()));
    TriggerLexicon lexicon = TriggerLexicon.load(new TriggerLexiconConfig(config.lexiconDir()));
    SpeechVerbs verbs = SpeechVerbs.bundled();
    SpeakerFinder speakers = new SpeakerFinder(verbs);
    KbActorKnowledge knowledge = new KbActorKnowledge(kb);
    EventCoder coder = new EventCoder(lexicon, LexiconSenseCheck.bundled(), knowledge, config.minConfidence());
    EntityExtractor entities = new EntityExtractor(knowledge, speakers::isSpeechVerb);
    return new NlpAnalyzer(new NlpAnalyzer.Parts(CoreNlpPipeline.shared(),
        new CascadeSelector(coder::mayReport, speakers::isSpeechVerb, coder::codesEvents), entities, new QuoteExtractor(verbs), coder::code));
  }
}
