package org.eventwire.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

  private static final KnowledgeBase KB = KnowledgeBase.loadDefault();
  private static final LocalDate SEED_DAY = LocalDate.of(2023, 9, 21);

  // Sentences of the seed story (Khaama Press via MENAFN, 2023-09-21), quoted so the test runs without ../shared.
  private static final String QUOTE = "\u201cFor Pakistan, the biggest concern right now is the enhanced terrorist "
      + "threat from TTP and ISK (Daesh), and their ability to use Afghan soil to launch attacks against Pakistan\u201d, "
      + "Jilani said while speaking at the Asia Society in New York on the sidelines of the 78th session of the "
      + "United Nations General Assembly.";
  private static final String TTP = "Pakistani officials assert that the Tehreek-e-Taliban Pakistan (TTP) has grown "
      + "more confident and established safe havens in Afghanistan following the resurgence of the Taliban in August 2021.";
  private static final String INTERIM = "\u201cWe remain closely engaged with the Afghan interim administration on this issue";
  private static final String DE_FACTO = "Pakistan's Prime Minister has recently requested deepening relations with "
      + "Afghanistan's de facto administration.";
  private static final String VISIT = "The visit aims to discuss bilateral issues from Islamabad, focusing on common "
      + "concerns between the two countries.";

  @Test
  void findsActorsInTheSeedQuote() {
    List<KbMention> ms = KB.findMentions(QUOTE, SEED_DAY);
    assertThat(ms).extracting(KbMention::text)
        .containsSubsequence("Pakistan", "TTP", "ISK", "Daesh", "Afghan", "Pakistan", "Asia Society",
            "United Nations General Assembly");
    assertSpans(QUOTE, ms);
    KbMention afghan = only(ms, "Afghan");
    assertThat(afghan.kind()).isEqualTo(MatchKind.DEMONYM);
    assertThat(afghan.actor().id()).isEqualTo("AFG");
    assertThat(only(ms, "TTP").actor().codeOn(SEED_DAY).code()).isEqualTo("PAKREB");
    assertThat(only(ms, "ISK").actor().name()).isEqualTo("Islamic State Khorasan Province");
    KbMention daesh = only(ms, "Daesh");
    assertThat(daesh.actor().name()).isEqualTo("Islamic State");
    assertThat(daesh.actorIn(Set.of("PAK", "AFG")).name()).isEqualTo("Islamic State Khorasan Province");
    assertThat(only(ms, "United Nations General Assembly").kind()).isEqualTo(MatchKind.NAME);
    assertThat(ms).extracting(KbMention::text).doesNotContain("United Nations", "New York");
  }

  @Test
  void longestMatchWinsOverItsParts() {
    List<KbMention> ms = KB.findMentions(TTP, SEED_DAY);
    assertThat(ms).extracting(KbMention::text)
        .containsExactly("Pakistani", "Tehreek-e-Taliban Pakistan", "TTP", "Afghanistan", "Taliban");
    assertThat(ms.get(1).kind()).isEqualTo(MatchKind.NAME);
    assertThat(ms.get(1).actor()).isEqualTo(ms.get(2).actor());
    assertSpans(TTP, ms);
  }

  @Test
  void descriptionsNameTheTalibanOnlyAfterAugust2021() {
    KbMention interim = only(KB.findMentions(INTERIM, SEED_DAY), "Afghan interim administration");
    assertThat(interim.kind()).isEqualTo(MatchKind.DESCRIPTION);
    assertThat(interim.actor().name()).isEqualTo("Taliban");
    assertThat(interim.actor().codeOn(SEED_DAY).code()).isEqualTo("AFGGOV");

    KbMention deFacto = only(KB.findMentions(DE_FACTO, SEED_DAY), "Afghanistan's de facto administration");
    assertThat(deFacto.actor().name()).isEqualTo("Taliban");

    List<KbMention> before = KB.findMentions(INTERIM, LocalDate.of(2019, 3, 1));
    assertThat(before).extracting(KbMention::text).containsExactly("Afghan");
  }

  @Test
  void capitalsAreFoundAsTheirCountry() {
    KbMention islamabad = only(KB.findMentions(VISIT, SEED_DAY), "Islamabad");
    assertThat(islamabad.kind()).isEqualTo(MatchKind.CAPITAL);
    assertThat(islamabad.actor().id()).isEqualTo("PAK");
  }

  @Test
  void acronymsMustBeWrittenInCapitalsAndNamesCapitalised() {
    String text = "It is clear that IS claimed it, and let us say the US agreed; at dawn Dawn reported it.";
    List<KbMention> ms = KB.findMentions(text, SEED_DAY, Set.of("PAK"));
    assertThat(ms).extracting(KbMention::text).containsExactly("IS", "US", "Dawn");
    assertThat(ms.get(0).start()).isEqualTo(text.indexOf("IS claimed"));
    assertThat(ms.get(2).start()).isEqualTo(text.indexOf("Dawn reported"));
    assertThat(ms.get(2).actor().name()).isEqualTo("Dawn (newspaper)");
    assertThat(KB.findMentions(text, SEED_DAY)).as("bare 'Dawn' only in a Pakistan story")
        .extracting(KbMention::text).containsExactly("IS", "US");
    assertThat(KB.findMentions("Militants Using Afghanistan's Soil To Attack Pakistan Is Islamabad's 'Biggest Concern'",
        SEED_DAY)).extracting(KbMention::text).containsExactly("Afghanistan", "Pakistan", "Islamabad");
  }

  @Test
  void hyphensApostrophesAndDiacriticsAreNormalised() {
    String text = "Tehrik i Taliban Pakistan and Da\u2019esh fighters crossed from C\u00f4te d\u2019Ivoire and Cote d'Ivoire.";
    List<KbMention> ms = KB.findMentions(text, SEED_DAY);
    assertThat(ms).extracting(m -> m.actor().name())
        .containsExactly("Tehreek-e-Taliban Pakistan", "Islamic State", "Ivory Coast", "Ivory Coast");
    assertThat(ms).extracting(KbMention::text).contains("C\u00f4te d\u2019Ivoire");
  }

  @Test
  void wordBoundariesAreRespected() {
    assertThat(KB.findMentions("The Talibans' Pakistanis and USB programmes.", SEED_DAY))
        .extracting(KbMention::text).containsExactly("Pakistanis");
  }

  @Test
  void contextCountriesPickContextAliases() {
    List<KbMention> ms = KB.findMentions("Daesh claimed the attack.", SEED_DAY, Set.of("AFG"));
    assertThat(ms.get(0).actor().name()).isEqualTo("Islamic State Khorasan Province");
  }

  @Test
  void findsEverythingTheBriefListsInTheSeedStory() throws Exception {
    Optional<Path> seed = SharedDir.find().map(d -> d.resolve("seed/000_efddc14d4dbf2751.txt"));
    Assumptions.assumeTrue(seed.isPresent() && Files.exists(seed.get()), "../shared not present: skipping");
    String text = Files.readString(seed.get(), StandardCharsets.UTF_8);
    List<KbMention> ms = KB.findMentions(text, SEED_DAY);
    assertSpans(text, ms);
    assertThat(ms).extracting(KbMention::text).contains("TTP", "ISK", "Daesh", "Tehreek-e-Taliban Pakistan",
        "Afghan interim administration", "Afghanistan's de facto administration", "Afghan", "Islamabad",
        "Afghan interim government", "Taliban regime");
    assertThat(ms).filteredOn(m -> m.text().startsWith("Afghan interim"))
        .allSatisfy(m -> assertThat(m.actor().codeOn(SEED_DAY).code()).isEqualTo("AFGGOV"));
  }

  @Test
  void scansAtLeastOneMegabytePerSecond() {
    StringBuilder sb = new StringBuilder();
    String[] parts = {QUOTE, TTP, INTERIM, DE_FACTO, VISIT,
        "Local residents said the convoy passed through the market before noon without incident. "};
    for (int i = 0; sb.length() < 1_000_000; i++) {
      sb.append(parts[i % parts.length]).append(' ');
    }
    String text = sb.toString();
    KB.findMentions(text, SEED_DAY);
    long best = Long.MAX_VALUE;
    int found = 0;
    for (int run = 0; run < 3; run++) {
      long t0 = System.nanoTime();
      found = KB.findMentions(text, SEED_DAY).size();
      best = Math.min(best, System.nanoTime() - t0);
    }
    assertThat(found).isGreaterThan(10_000);
    assertThat(best / 1_000_000).as("ms for %d chars", text.length()).isLessThan(1000);
  }

  private static KbMention only(List<KbMention> ms, String text) {
    List<KbMention> hits = ms.stream().filter(m -> m.text().equals(text)).toList();
    assertThat(hits).as("mentions of " + text + " in " + ms).isNotEmpty();
    return hits.get(0);
  }

  private static void assertSpans(String text, List<KbMention> ms) {
    int last = -1;
    for (KbMention m : ms) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.start()).isGreaterThanOrEqualTo(last);
      last = m.end();
    }
  }
}
