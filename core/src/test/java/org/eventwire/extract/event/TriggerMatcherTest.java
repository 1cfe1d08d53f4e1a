package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.eventwire.model.EventType;
import org.eventwire.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TriggerMatcherTest {
  private static TriggerMatcher bundled;

  @BeforeAll
  static void load() {
    bundled = new TriggerMatcher(TriggerLexicon.bundled());
  }

  private static TriggerMatch only(List<Token> s, TriggerMatcher m) {
    List<TriggerMatch> all = m.match(s);
    assertThat(all).as("matches in '%s'", TestTokens.text(s)).hasSize(1);
    return all.get(0);
  }

  @Test
  void multiWordPatternWithOptionalDeterminerAndModifiers() {
    List<Token> s = TestTokens.of("Durrani/NNP will/MD lead/VB a/DT high-level/JJ delegation/NN to/TO Kabul/NNP on/IN Friday/NNP");
    TriggerMatch m = only(s, bundled);
    assertThat(m.trigger().pattern().source()).isEqualTo("lead DET? MOD* delegation to");
    assertThat(m.trigger().type()).isEqualTo(EventType.CONSULT);
    assertThat(m.tokens()).containsExactly(2, 5, 6);
    assertThat(m.start()).isEqualTo(2);
    assertThat(m.end()).isEqualTo(7);
    assertThat(m.head()).isEqualTo(2);
    assertThat(m.span()).isEqualTo(new Span(s.get(2).begin(), s.get(6).end()));
    assertThat(m.surface(s)).isEqualTo("lead delegation to");
  }

  @Test
  void aPrepositionThatOpensATimeIsNotPartOfThePhrasalVerb() {
    List<Token> time = TestTokens.of("Both/DT agreed/VBD/agree on/IN Wednesday/NNP to/TO resume/VB/resume contacts/NNS");
    assertThat(bundled.match(time)).filteredOn(m -> m.trigger().type() == EventType.AGREE).singleElement()
        .satisfies(m -> assertThat(m.surface(time)).isEqualTo("agreed"));
    List<Token> plan = TestTokens.of("Both/DT agreed/VBD/agree on/IN a/DT plan/NN");
    assertThat(bundled.match(plan)).filteredOn(m -> m.trigger().type() == EventType.AGREE).singleElement()
        .satisfies(m -> assertThat(m.surface(plan)).isEqualTo("agreed on"));
  }

  @Test
  void longestMatchWinsAndEachTokenBelongsToOneTrigger() {
    List<Token> s = TestTokens.of("Russia/NNP launched/VBD/launch a/DT drone/NN attack/NN on/IN Kyiv/NNP");
    List<TriggerMatch> all = bundled.match(s);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).trigger().type()).isEqualTo(EventType.ASSAULT);
    assertThat(all.get(0).tokens()).containsExactly(1, 4);
    assertThat(all.get(0).head()).isEqualTo(1);
  }

  @Test
  void strikeADealIsAgreeNotAssault() {
    List<Token> s = TestTokens.of("Jordan/NNP struck/VBD/strike a/DT trade/NN deal/NN with/IN Egypt/NNP");
    assertThat(only(s, bundled).trigger().type()).isEqualTo(EventType.AGREE);
  }

  @Test
  void endingACeasefireIsReject() {
    List<Token> s = TestTokens.of("After/IN the/DT TTP/NNP terminated/VBD/terminate a/DT ceasefire/NN in/IN November/NNP");
    TriggerMatch m = only(s, bundled);
    assertThat(m.trigger().type()).isEqualTo(EventType.REJECT);
    assertThat(m.trigger().altTypes()).contains(EventType.THREATEN, EventType.ASSAULT);
  }

  @Test
  void breakOffTalksBeatsBreakOffTiesReadingAndCutTiesIsSanction() {
    assertThat(only(TestTokens.of("Kyiv/NNP broke/VBD/break off/RP talks/NNS/talk with/IN Moscow/NNP"), bundled)
        .trigger().type()).isEqualTo(EventType.REJECT);
    assertThat(only(TestTokens.of("Mali/NNP cut/VBD/cut diplomatic/JJ ties/NNS/tie with/IN Ukraine/NNP"), bundled)
        .trigger().type()).isEqualTo(EventType.SANCTION);
  }

  @Test
  void separatedParticleVerb() {
    List<Token> s = TestTokens.of("the/DT rebels/NNS/rebel pulled/VBD/pull their/PRP$ tanks/NNS/tank back/RB");
    TriggerMatch m = only(s, bundled);
    assertThat(m.trigger().type()).isEqualTo(EventType.RETREAT);
    assertThat(m.tokens()).containsExactly(2, 5);
    assertThat(m.discontinuous()).isTrue();
  }

  @Test
  void verbEntryNeedsAVerbTagAndNounEntryANounTag() {
    TriggerMatch verb = only(TestTokens.of("militants/NNS/militant attacked/VBD/attack the/DT base/NN"), bundled);
    assertThat(verb.trigger().pos()).isEqualTo(TriggerPos.VERB);
    assertThat(verb.trigger().pattern().source()).isEqualTo("attack");
    TriggerMatch noun = only(TestTokens.of("the/DT attack/NN failed/VBD/fail"), bundled);
    assertThat(noun.trigger().pos()).isEqualTo(TriggerPos.NOUN);
    assertThat(noun.alternatives()).isEmpty();
  }

  @Test
  void placeholderAnyCoversTheObjectOfPutOnAlert() {
    List<Token> s = TestTokens.of("Delhi/NNP put/VBD/put its/PRP$ troops/NNS/troop on/IN high/JJ alert/NN");
    TriggerMatch m = only(s, bundled);
    assertThat(m.trigger().type()).isEqualTo(EventType.MOBILIZE);
    assertThat(m.tokens()).containsExactly(1, 4, 6);
  }

  @Test
  void ambiguousEntriesComeBackAsAlternatives() {
    TriggerLexicon lex = TriggerLexicon.parse(new StringReader(
        "strike\tNOUN\tPROTEST\t-\tposs\t0.4\tambiguous\nstrike\tNOUN\tASSAULT\t-\tposs\t0.5\tambiguous\n"), "t");
    TriggerMatch m = only(TestTokens.of("the/DT strike/NN began/VBD/begin"), new TriggerMatcher(lex));
    assertThat(m.trigger().type()).isEqualTo(EventType.ASSAULT);
    assertThat(m.alternatives()).extracting(Trigger::type).containsExactly(EventType.PROTEST);
  }

  @Test
  void worksWithoutTagsOrLemmasByWord() {
    List<Token> s = TestTokens.of("Hezbollah denied involvement");
    // no tags, lemma = lower-cased word: "denied" is not the lemma "deny", so nothing matches by lemma
    assertThat(bundled.match(s)).isEmpty();
    List<Token> lemmatised = List.of(new Token("Hezbollah", null, null, 0, 9), new Token("denied", "deny", null, 10, 16),
        new Token("involvement", null, null, 17, 28));
    TriggerMatch m = only(lemmatised, bundled);
    assertThat(m.trigger().type()).isEqualTo(EventType.REJECT);
    assertThat(m.trigger().has(TriggerFlag.NEGATIVE_COMPLEMENT)).isTrue();
  }

  @Test
  void severalTriggersInOneSentenceInOrder() {
    List<Token> s = TestTokens.of("Zelensky/NNP accused/VBD/accuse Moscow/NNP of/IN dragging/VBG/drag out/RP the/DT war/NN "
        + "and/CC urged/VBD/urge Washington/NNP to/TO impose/VB sanctions/NNS/sanction");
    List<TriggerMatch> all = bundled.match(s);
    assertThat(all).extracting(m -> m.trigger().type())
        .containsSubsequence(EventType.ACCUSE, EventType.REQUEST, EventType.SANCTION);
    assertThat(all).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
  }

  @Test
  void isFastEnoughForBatchUse() {
    List<Token> s = TestTokens.of("Pakistani/JJ officials/NNS/official said/VBD/say the/DT army/NN had/VBD/have "
        + "arrested/VBN/arrest dozens/NNS/dozen of/IN militants/NNS/militant after/IN clashes/NNS/clash near/IN the/DT "
        + "border/NN and/CC called/VBD/call on/IN Kabul/NNP to/TO hold/VB talks/NNS/talk");
    long t0 = System.nanoTime();
    int n = 0;
    for (int i = 0; i < 5000; i++) {
      n += bundled.match(s).size();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(n).isEqualTo(5000 * bundled.match(s).size());
    assertThat(ms).as("5000 sentences in %d ms", ms).isLessThan(5000);
  }

  @Test
  void blockersSuppressShorterTriggersAndAreNeverReturned() {
    assertThat(bundled.match(TestTokens.of("the/DT army/NN released/VBD/release a/DT statement/NN"))).isEmpty();
    assertThat(bundled.match(TestTokens.of("Kabul/NNP pledged/VBD/pledge to/TO fight/VB corruption/NN")))
        .extracting(m -> m.trigger().type()).containsExactly(EventType.AGREE);
    TriggerMatch freed = only(TestTokens.of("the/DT rebels/NNS/rebel released/VBD/release 30/CD prisoners/NNS/prisoner"), bundled);
    assertThat(freed.trigger().type()).isEqualTo(EventType.CONCEDE);
    assertThat(TriggerLexicon.bundled().blockers()).isNotEmpty().allMatch(Trigger::blocks);
    assertThat(TriggerLexicon.bundled().triggers()).noneMatch(Trigger::blocks);
  }

  @Test
  void hyphenatedLemmaMatchesAcrossSplitTokens() {
    // tokenizers that split hyphens give "cease", "-", "fire" with adjacent offsets
    List<Token> s = List.of(new Token("a", "a", "DT", 0, 1), new Token("cease", "cease", "NN", 2, 7),
        new Token("-", "-", "HYPH", 7, 8), new Token("fire", "fire", "NN", 8, 12), new Token("held", "hold", "VBD", 13, 17));
    TriggerMatch m = only(s, bundled);
    assertThat(m.trigger().type()).isEqualTo(EventType.AGREE);
    assertThat(m.tokens()).containsExactly(1, 2, 3);
    assertThat(m.head()).isEqualTo(1);
    List<Token> spaced = List.of(new Token("cease", "cease", "VB", 0, 5), new Token("-", "-", ":", 6, 7),
        new Token("fire", "fire", "NN", 8, 12));
    assertThat(bundled.match(spaced)).noneMatch(x -> x.tokens().size() == 3);
  }

  @Test
  void nounEntriesSkipProperNouns() {
    assertThat(bundled.match(TestTokens.of("Amnesty/NNP International/NNP said/VBD/say"))).isEmpty();
  }

  @Test
  void briefExpressionsInRunningText() {
    assertThat(only(TestTokens.of("Washington/NNP designated/VBD/designate the/DT group/NN as/IN a/DT terrorist/JJ "
        + "organisation/NN"), bundled).trigger().type()).isEqualTo(EventType.SANCTION);
    assertThat(only(TestTokens.of("gunmen/NNS/gunman took/VBD/take 30/CD people/NNS/people hostage/NN"), bundled)
        .trigger().type()).isEqualTo(EventType.ASSAULT);
    assertThat(only(TestTokens.of("Ankara/NNP expressed/VBD/express solidarity/NN with/IN Baku/NNP"), bundled)
        .trigger().type()).isEqualTo(EventType.SUPPORT);
    assertThat(only(TestTokens.of("Israel/NNP shared/VBD/share intelligence/NN with/IN the/DT US/NNP"), bundled)
        .trigger().type()).isEqualTo(EventType.COOPERATE);
    assertThat(only(TestTokens.of("police/NNS cracked/VBD/crack down/RP on/IN protesters/NNS/protester"), bundled)
        .trigger().type()).isEqualTo(EventType.COERCE);
    TriggerMatch swap = only(TestTokens.of("the/DT prisoner/NN swap/NN ended/VBD/end"), bundled);
    assertThat(swap.trigger().type()).isEqualTo(EventType.CONCEDE);
    assertThat(swap.trigger().altTypes()).contains(EventType.COOPERATE);
    assertThat(swap.head()).isEqualTo(2);
  }
}
