package org.eventwire.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.EntityType;
import org.junit.jupiter.api.Test;

class CountryContextTest {

  @Test
  void anUnanchoredTitleTakesTheStateThatOpensTheSentenceBefore() {
    String text = "Iran warned Israel on Sunday. Foreign Ministry spokesman Nasser Kanaani said no.";
    List<EntityDraft> drafts = new ArrayList<>();
    drafts.add(country(text, "Iran", "IRN", 0));
    drafts.add(country(text, "Israel", "ISR", 0));
    EntityDraft person = person(text, "Nasser Kanaani", 1);
    drafts.add(person);
    assertThat(new CountryContext(drafts, text).countryOf(person)).isEqualTo("IRN");
  }

  @Test
  void wordsInsideQuotationMarksAreNotContext() {
    String text = "Israel said so. \u201CIran is to blame,\u201D spokesman Daniel Cohen said.";
    List<EntityDraft> drafts = new ArrayList<>();
    drafts.add(country(text, "Israel", "ISR", 0));
    drafts.add(country(text, "Iran", "IRN", 1));
    EntityDraft person = person(text, "Daniel Cohen", 1);
    drafts.add(person);
    assertThat(new CountryContext(drafts, text).countryOf(person)).isEqualTo("ISR");
  }

  @Test
  void homeIsTheCountryNamedMostWithTheFirstNamedAhead() {
    String text = "Kenya and Iran. Iran again.";
    List<EntityDraft> drafts = new ArrayList<>();
    EntityDraft kenya = country(text, "Kenya", "KEN", 0);
    EntityDraft iran = country(text, "Iran", "IRN", 0);
    int again = text.lastIndexOf("Iran");
    iran.add(new Mention(again, again + 4, "Iran", Mention.Kind.NAME, EntityType.COUNTRY, 1, null, "IRN", null));
    drafts.add(kenya);
    drafts.add(iran);
    assertThat(new CountryContext(drafts, text).home()).isEqualTo("KEN");
  }

  @Test
  void aPlaceWhereSomethingHappenedGivesWayToAnActorOfTheSameSentence() {
    // Yemen is where the strikes hit; the United States is who told of them
    String text = "Strikes hit sites in Yemen, the United States said. President Joe Biden said more.";
    List<EntityDraft> drafts = new ArrayList<>();
    drafts.add(country(text, "Yemen", "YEM", 0));
    drafts.add(country(text, "United States", "USA", 0));
    EntityDraft person = person(text, "Joe Biden", 1);
    drafts.add(person);
    assertThat(new CountryContext(drafts, text).countryOf(person)).isEqualTo("USA");
  }

  @Test
  void aPlaceWhereSomethingHappenedStillCountsWhenTheSentenceNamesNoActor() {
    String text = "Three were killed in Ukraine overnight. An air force spokesman Oleh Ihnat said so.";
    List<EntityDraft> drafts = new ArrayList<>();
    drafts.add(country(text, "Ukraine", "UKR", 0));
    EntityDraft person = person(text, "Oleh Ihnat", 1);
    drafts.add(person);
    assertThat(new CountryContext(drafts, text).countryOf(person)).isEqualTo("UKR");
  }

  private static EntityDraft country(String text, String name, String iso3, int sentence) {
    int s = text.indexOf(name);
    return new EntityDraft("c" + name, new Mention(s, s + name.length(), name, Mention.Kind.NAME, EntityType.COUNTRY,
        sentence, null, iso3, null));
  }

  private static EntityDraft person(String text, String name, int sentence) {
    int s = text.indexOf(name);
    EntityDraft d = new EntityDraft("p" + name, new Mention(s, s + name.length(), name, Mention.Kind.NAME,
        EntityType.PERSON, sentence, null, null, null));
    d.sector = "GOV";
    return d;
  }
}
