package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GenreClassifierTest {
  private static GenreClassifier classifier;

  @BeforeAll
  static void load() {
    classifier = GenreClassifier.bundled();
  }

  @Test
  void cricketReport() {
    assertThat(classifier.classify("Pakistan beat Afghanistan by six wickets",
        "Shaheen Afridi took three wickets as the bowlers struck early. The batsmen chased down 180 in the 38th over "
            + "to seal the match and a place in the tournament semi-final.")).isEqualTo(Genre.SPORTS);
  }

  @Test
  void marketReport() {
    assertThat(classifier.classify("Shares plunge after hostile bid",
        "Shares in the company plunged 12 percent after a rival launched a hostile takeover bid. Investors fear the "
            + "index will fall further as bond yields rise.")).isEqualTo(Genre.BUSINESS);
  }

  @Test
  void stormReport() {
    assertThat(classifier.classify("Cyclone hits coast",
        "A powerful storm hit the coast on Sunday with winds of 180 km/h and heavy rain, the weather office said. "
            + "Flooding cut off several villages.")).isEqualTo(Genre.WEATHER);
  }

  @Test
  void filmReview() {
    assertThat(classifier.classify("Review: a war film that forgets its characters",
        "The movie follows a fictional rebel army attacking a capital. The director stages every battle scene "
            + "with care, but the screenplay gives its actors little to do.")).isEqualTo(Genre.CULTURE);
  }

  @Test
  void opinionPiece() {
    assertThat(classifier.classify("Opinion: Washington must not strike Iran",
        "If Washington were to strike Iran, the region would burn. In my view the government should talk instead. "
            + "The writer is a former diplomat; the views expressed are his own.")).isEqualTo(Genre.OPINION);
  }

  @Test
  void politicalNewsWithAStraySportsWordStaysPolitical() {
    assertThat(classifier.classify("Army and RSF trade blame over Khartoum clashes",
        "Air strikes and heavy gunfire were reported in Khartoum after a ceasefire between the army and the "
            + "paramilitary forces was supposed to take hold. The rebels accused the government of violating "
            + "the truce. Football matches were cancelled.")).isEqualTo(Genre.NEWS_POLITICAL);
  }

  @Test
  void nullTitleAndTextAreNews() {
    assertThat(classifier.classify(null, null)).isEqualTo(Genre.NEWS_POLITICAL);
  }
}
