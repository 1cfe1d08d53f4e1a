package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.eventwire.model.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DistractorFilterTest {
  private static TriggerMatcher matcher;
  private static DistractorFilter filter;

  @BeforeAll
  static void load() {
    matcher = new TriggerMatcher(TriggerLexicon.bundled());
    filter = DistractorFilter.bundled();
  }

  /** The one match in the sentence whose type is {@code type}. */
  private static TriggerMatch trigger(List<Token> s, EventType type) {
    List<TriggerMatch> ms = matcher.match(s).stream().filter(m -> m.trigger().type() == type).toList();
    assertThat(ms).as("%s in '%s'", type, TestTokens.text(s)).hasSize(1);
    return ms.get(0);
  }

  @Test
  void cricketWinIsNotAnAssault() {
    List<Token> s = TestTokens.of("Pakistan/NNP beat/VBD/beat Afghanistan/NNP by/IN six/CD wickets/NNS/wicket");
    TriggerMatch m = trigger(s, EventType.ASSAULT);
    assertThat(filter.looksNonPolitical(s, m)).isTrue();
    assertThat(filter.nonPoliticalSense(s, m)).contains(Genre.SPORTS);
  }

  @Test
  void bowlersStrikingIsSport() {
    List<Token> s = TestTokens.of("the/DT bowlers/NNS/bowler struck/VBD/strike early/RB");
    TriggerMatch m = trigger(s, EventType.ASSAULT);
    assertThat(filter.nonPoliticalSense(s, m)).contains(Genre.SPORTS);
  }

  @Test
  void marketSentencesAreBusiness() {
    List<Token> bid = TestTokens.of("shares/NNS/share plunged/VBD/plunge after/IN a/DT hostile/JJ bid/NN");
    assertThat(filter.sentenceClass(bid)).contains(CueClass.BUSINESS);
    List<Token> hit = TestTokens.of("Bank/NNP shares/NNS/share were/VBD/be hit/VBN/hit as/IN the/DT index/NN plunged/VBD/plunge");
    TriggerMatch m = trigger(hit, EventType.ASSAULT);
    assertThat(filter.nonPoliticalSense(hit, m)).contains(Genre.BUSINESS);
  }

  @Test
  void stormHittingTheCoastIsWeather() {
    List<Token> s = TestTokens.of("a/DT storm/NN hit/VBD/hit the/DT coast/NN");
    TriggerMatch m = trigger(s, EventType.ASSAULT);
    assertThat(filter.nonPoliticalSense(s, m)).contains(Genre.WEATHER);
  }

  @Test
  void filmReviewOfAFictionalWarIsCulture() {
    List<Token> s = TestTokens.of("In/IN the/DT film/NN ,/, rebels/NNS/rebel attack/VBP/attack a/DT fictional/JJ capital/NN "
        + "and/CC the/DT director/NN keeps/VBZ/keep every/DT battle/NN scene/NN tense/JJ");
    TriggerMatch m = matcher.match(s).stream().filter(x -> x.trigger().pattern().source().equals("attack")).findFirst()
        .orElseThrow();
    assertThat(filter.nonPoliticalSense(s, m)).contains(Genre.CULTURE);
  }

  @Test
  void politicalSentencesAreNotFiltered() {
    List<Token> troops = TestTokens.of("Pakistani/JJ troops/NNS/troop struck/VBD/strike militant/JJ hideouts/NNS/hideout");
    assertThat(filter.looksNonPolitical(troops, trigger(troops, EventType.ASSAULT))).isFalse();
    List<Token> drone = TestTokens.of("Russia/NNP launched/VBD/launch a/DT drone/NN attack/NN on/IN Kyiv/NNP");
    assertThat(filter.looksNonPolitical(drone, trigger(drone, EventType.ASSAULT))).isFalse();
    List<Token> clash = TestTokens.of("Afghan/JJ and/CC Pakistani/JJ forces/NNS/force clashed/VBD/clash near/IN the/DT border/NN");
    assertThat(filter.looksNonPolitical(clash, trigger(clash, EventType.ASSAULT))).isFalse();
  }

  @Test
  void coastGuardIsPoliticalNotWeather() {
    List<Token> s = TestTokens.of("the/DT Chinese/JJ coast/NN guard/NN rammed/VBD/ram a/DT vessel/NN near/IN the/DT coast/NN");
    assertThat(filter.looksNonPolitical(s, trigger(s, EventType.ASSAULT))).isFalse();
  }

  @Test
  void oneWeakCueDoesNotFilterAnUnflaggedTrigger() {
    List<Token> s = TestTokens.of("the/DT team/NN of/IN negotiators/NNS/negotiator accused/VBD/accuse Kyiv/NNP");
    TriggerMatch m = trigger(s, EventType.ACCUSE);
    assertThat(m.trigger().has(TriggerFlag.NEEDS_POLITICAL_ARGS)).isFalse();
    assertThat(filter.looksNonPolitical(s, m)).isFalse();
  }

  @Test
  void conditionalIsAHypotheticalCueNotAFilter() {
    List<Token> s = TestTokens.of("If/IN Washington/NNP were/VBD/be to/TO strike/VB Iran/NNP ,/, oil/NN prices/NNS/price "
        + "would/MD soar/VB");
    TriggerMatch m = trigger(s, EventType.ASSAULT);
    Optional<CueHit> cue = filter.hypotheticalCue(s, m);
    assertThat(cue).isPresent();
    assertThat(cue.get().pattern()).isEqualTo("were to");
    assertThat(filter.looksNonPolitical(s, m)).as("hypothetical is not a reason to drop").isFalse();
    List<Token> plain = TestTokens.of("Washington/NNP struck/VBD/strike Iranian/JJ bases/NNS/base");
    assertThat(filter.hypotheticalCue(plain, trigger(plain, EventType.ASSAULT))).isEmpty();
  }

  @Test
  void userCuesExtendTheFilter() {
    GenreCues cues = GenreCues.parse(new StringReader("# x\nchess|checkmate\tSPORTS\t2\n"), "cues.tsv");
    DistractorFilter f = new DistractorFilter(cues);
    List<Token> s = TestTokens.of("Carlsen/NNP crushed/VBD/crush his/PRP$ rival/NN with/IN a/DT quick/JJ checkmate/NN");
    assertThat(f.nonPoliticalSense(s, trigger(s, EventType.ASSAULT))).contains(Genre.SPORTS);
  }

  @Test
  void badCueLineNamesFileAndLine() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> GenreCues.parse(new StringReader("goal\tSPORT\t1\n"), "my-cues.tsv"))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("my-cues.tsv:1")
        .hasMessageContaining("unknown cue class 'SPORT'");
  }
}
