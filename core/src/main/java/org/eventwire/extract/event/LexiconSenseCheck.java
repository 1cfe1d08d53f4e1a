package org.eventwire.extract.event;

import java.util.List;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.nlp.Sentence;

/**
 * The sense check built on the genre-cue lexicon: no events from sport, market, weather or culture
 * articles; no war word whose sentence reads as sport or markets; and a war word that is common
 * outside politics counts only with a coded actor or a weapon in its sentence.
 */
public final class LexiconSenseCheck implements SenseCheck {
  private final GenreClassifier genres;
  private final DistractorFilter distractors;

  public LexiconSenseCheck(GenreClassifier genres, DistractorFilter distractors) {
    this.genres = genres;
    this.distractors = distractors;
  }

  public static LexiconSenseCheck bundled() {
    return new LexiconSenseCheck(GenreClassifier.bundled(), DistractorFilter.bundled());
  }

  @Override
  public boolean politicalArticle(String text) {
    Genre g = genres.classify("", text);
    return g == Genre.NEWS_POLITICAL || g == Genre.OPINION;
  }

  @Override
  public boolean political(Sentence s, TriggerMatch m, EntityIndex idx) {
    List<Token> tokens = Tokens.of(s);
    if (distractors.looksNonPolitical(tokens, m)) {
      return false;
    }
    if (!m.trigger().has(TriggerFlag.NEEDS_POLITICAL_ARGS)) {
      return true;
    }
    for (org.eventwire.nlp.Token t : s.tokens()) {
      String id = idx.at(t.begin());
      if (id != null && idx.byId(id).actor() != null) {
        return true;
      }
      // "missiles hit Odesa": a weapon (a common noun, not the Houston Rockets) is an armed actor's
      if (Weapons.is(s, t)) {
        return true;
      }
    }
    return false;
  }
}
