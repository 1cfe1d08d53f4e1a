package org.eventwire.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseTest {

  private static final KnowledgeBase KB = KnowledgeBase.loadDefault();
  private static final LocalDate SEED_DAY = LocalDate.of(2023, 9, 21);

  @Test
  void talibanAreInsurgentsBeforeAugust2021AndGovernmentAfter() {
    KbActor taliban = KB.actor("Taliban", null).orElseThrow();
    assertThat(taliban.codeOn(LocalDate.of(2020, 2, 29)).code()).isEqualTo("AFGREB");
    assertThat(taliban.codeOn(LocalDate.of(2021, 8, 14)).code()).isEqualTo("AFGREB");
    assertThat(taliban.codeOn(LocalDate.of(2021, 8, 15)).code()).isEqualTo("AFGGOV");
    assertThat(taliban.codeOn(SEED_DAY).code()).isEqualTo("AFGGOV");
    assertThat(taliban.codeOn(LocalDate.of(1999, 1, 1)).code()).isEqualTo("AFGGOV");
    assertThat(taliban.codeOn(null).code()).isEqualTo("AFGGOV");
    assertThat(taliban.codeOn(SEED_DAY).country()).isEqualTo("AFG");
    assertThat(taliban.codeOn(SEED_DAY).sector()).isEqualTo("GOV");
  }

  @Test
  void aliasesSpellingVariantsAndDescriptionsLeadToOneActor() {
    KbActor ttp = KB.actor("Tehreek-e-Taliban Pakistan", SEED_DAY).orElseThrow();
    assertThat(ttp.codeOn(SEED_DAY).code()).isEqualTo("PAKREB");
    assertThat(ttp.type()).isEqualTo(org.eventwire.model.EntityType.ORGANIZATION);
    for (String form : new String[] {"TTP", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "tehreek e taliban pakistan"}) {
      assertThat(KB.actor(form, SEED_DAY)).as(form).contains(ttp);
    }
    assertThat(KB.actor("the Afghan interim administration", SEED_DAY).map(KbActor::name)).contains("Taliban");
    assertThat(KB.actor("Afghan interim administration", LocalDate.of(2019, 5, 1))).isEmpty();
    assertThat(KB.actor("Islamic Emirate", LocalDate.of(2019, 5, 1))).isEmpty();
    assertThat(KB.actor("Islamic Emirate", SEED_DAY).map(KbActor::name)).contains("Taliban");
    assertThat(KB.actor("ISIS-K", SEED_DAY).map(KbActor::name)).contains("Islamic State Khorasan Province");
  }

  @Test
  void shortAcronymsOnlyMatchInCapitals() {
    assertThat(KB.actor("IS", null).map(KbActor::name)).contains("Islamic State");
    assertThat(KB.actor("is", null)).isEmpty();
    assertThat(KB.actor("Is", null)).isEmpty();
    assertThat(KB.actor("US", null).map(KbActor::id)).contains("USA");
    assertThat(KB.actor("us", null)).isEmpty();
    assertThat(KB.actor("hamas", null).map(KbActor::name)).contains("Hamas");
  }

  @Test
  void daeshIsIslamicStateUnlessTheArticleIsAboutAfghanistanOrPakistan() {
    assertThat(KB.actor("Daesh", SEED_DAY).map(KbActor::name)).contains("Islamic State");
    assertThat(KB.actor("Daesh", SEED_DAY, Set.of("PAK")).map(KbActor::name))
        .contains("Islamic State Khorasan Province");
    assertThat(KB.actor("Daesh", SEED_DAY, Set.of("FRA")).map(KbActor::name)).contains("Islamic State");
  }

  @Test
  void statusChangesFollowTheirDates() {
    KbActor rsf = KB.actor("Rapid Support Forces", null).orElseThrow();
    assertThat(rsf.codeOn(LocalDate.of(2022, 1, 1)).code()).isEqualTo("SDNMIL");
    assertThat(rsf.codeOn(LocalDate.of(2024, 1, 1)).code()).isEqualTo("SDNREB");
    KbActor tatmadaw = KB.actor("Myanmar junta", LocalDate.of(2023, 1, 1)).orElseThrow();
    assertThat(tatmadaw.codeOn(LocalDate.of(2023, 1, 1)).code()).isEqualTo("MMRMIL");
    assertThat(KB.actor("UN Security Council", null).orElseThrow().codeOn(null).code()).isEqualTo("IGO");
    assertThat(KB.actor("UN Security Council", null).orElseThrow().country()).isNull();
  }

  @Test
  void countriesByNameAliasDemonymCodeAndCapital() {
    Country pak = KB.country("PAK").orElseThrow();
    assertThat(pak.name()).isEqualTo("Pakistan");
    assertThat(pak.capital()).isEqualTo("Islamabad");
    assertThat(pak.capitalPoint().lat()).isBetween(33.0, 34.5);
    assertThat(pak.centroid().lon()).isBetween(60.0, 78.0);
    assertThat(KB.country("Pakistani")).contains(pak);
    assertThat(KB.country("Afghani").map(Country::iso3)).contains("AFG");
    assertThat(KB.country("DR Congo").map(Country::iso3)).contains("COD");
    assertThat(KB.country("United States of America").map(Country::iso3)).contains("USA");
    assertThat(KB.country("Burma").map(Country::iso3)).contains("MMR");
    assertThat(KB.country("per")).isEmpty();
    assertThat(KB.country("Islamabad")).isEmpty();
    assertThat(KB.countryOfCapital("Islamabad")).contains(pak);
    assertThat(KB.countryOfCapital("Kiev").map(Country::iso3)).contains("UKR");
    assertThat(KB.countryOfCapital("Lahore")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "caretaker foreign minister, GOV, PERSON",
      "Foreign Minister, GOV, PERSON",
      "special representative for Afghanistan affairs, GOV, PERSON",
      "spokesman, GOV, PERSON",
      "military spokesman, MIL, PERSON",
      "army spokesperson, MIL, PERSON",
      "police official, COP, PERSON",
      "head of the police, COP, PERSON",
      "rebel commander, REB, PERSON",
      "commander, MIL, PERSON",
      "deputy prime minister, GOV, PERSON",
      "troops, MIL, COLLECTIVE",
      "security forces, MIL, COLLECTIVE",
      "militants, REB, COLLECTIVE",
      "lawmakers, LEG, COLLECTIVE",
      "supreme court, JUD, COLLECTIVE",
      "aid workers, NGO, COLLECTIVE",
      "journalist, MED, PERSON",
      "chief executive, BUS, PERSON",
      "villagers, CVL, COLLECTIVE",
      "internally displaced, REF, COLLECTIVE",
      "opposition leader, OPP, PERSON",
  })
  void roleSectors(String phrase, String sector, RoleKind kind) {
    RoleSector r = KB.sectorOfRole(phrase).orElseThrow();
    assertThat(r.sector()).as(phrase).isEqualTo(sector);
    assertThat(r.kind()).as(phrase).isEqualTo(kind);
  }

  @Test
  void unknownRolesHaveNoSector() {
    assertThat(KB.sectorOfRole("quantum physicist")).isEmpty();
    assertThat(KB.sectorOfRole("")).isEmpty();
  }

  @Test
  void gazetteerPrefersTheHintedCountryThenPopulation() {
    Place kabul = KB.place("Kabul", null).orElseThrow();
    assertThat(kabul.country()).isEqualTo("AFG");
    assertThat(kabul.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(kabul.lat()).isBetween(34.4, 34.7);
    Place ny = KB.place("New York", null).orElseThrow();
    assertThat(ny.country()).isEqualTo("USA");
    assertThat(ny.population()).isGreaterThan(5_000_000);
    assertThat(KB.place("Kunming", "CHN").orElseThrow().lon()).isBetween(102.0, 103.5);
    assertThat(KB.place("Punjab", "IND").orElseThrow().country()).isEqualTo("IND");
    assertThat(KB.place("Punjab", "PAK").orElseThrow().country()).isEqualTo("PAK");
    assertThat(KB.place("Khyber Pakhtunkhwa", null).orElseThrow().kind()).isEqualTo(PlaceKind.ADMIN1);
    assertThat(KB.place("Sao Paulo", null).orElseThrow().name()).isEqualTo("São Paulo");
    assertThat(KB.place("Xyzzyville", null)).isEmpty();
  }

  @Test
  void userLexiconOverridesAndExtendsBundledRows(@TempDir Path dir) throws IOException {
    write(dir.resolve("groups.tsv"), "# my groups\n"
        + "Taliban\tTaleban\tAFG\tAFGOPP\toverridden\n"
        + "Kurram Valley Front\tKVF\tPAK\tPAKREB@2024-01-01..\tinvented for the test\n");
    write(dir.resolve("roles.tsv"), "drone operator\tMIL\tperson\toperator\t\n");
    write(dir.resolve("places.tsv"), "Zarghun Shahr\tZarghun Shahr\t\tAFG\t32.85\t68.42\t3000\tcity\tPPL\n");
    KnowledgeBase kb = KnowledgeBase.load(KbConfig.withUserLexicon(dir));
    assertThat(kb.actor("Taliban", SEED_DAY).orElseThrow().codeOn(SEED_DAY).code()).isEqualTo("AFGOPP");
    assertThat(kb.actor("Afghan Taliban", SEED_DAY)).as("replaced row loses its old aliases").isEmpty();
    KbActor kvf = kb.actor("KVF", LocalDate.of(2024, 6, 1)).orElseThrow();
    assertThat(kvf.codeOn(LocalDate.of(2024, 6, 1)).code()).isEqualTo("PAKREB");
    assertThat(kb.findMentions("Fighters of the Kurram Valley Front attacked.", null))
        .extracting(KbMention::text).contains("Kurram Valley Front");
    assertThat(kb.actor("TTP", SEED_DAY)).as("bundled rows stay").isPresent();
    assertThat(kb.sectorOfRole("senior drone operator").map(RoleSector::sector)).contains("MIL");
    assertThat(kb.place("Zarghun Shahr", null).map(Place::population)).contains(3000L);
    assertThat(KB.actor("KVF", null)).as("default base untouched").isEmpty();
  }

  @Test
  void badUserLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("institutions.tsv");
    write(file, "# comment\nGood Ministry\t\tPAK\tPAKGOV\t\nBad Ministry\t\tPAK\tPAKXYZ\t\n");
    assertThatThrownBy(() -> KnowledgeBase.load(KbConfig.withUserLexicon(dir)))
        .isInstanceOf(KbLoadException.class)
        .hasMessageContaining(file.toString() + ":3")
        .hasMessageContaining("PAKXYZ")
        .satisfies(e -> assertThat(((KbLoadException) e).line()).isEqualTo(3));
  }

  @Test
  void badDatesUnknownCountriesAndMissingFoldersAreReported(@TempDir Path dir) throws IOException {
    Path groups = dir.resolve("groups.tsv");
    write(groups, "X Front\tXF@2024-13-01..\tPAK\tPAKREB\t\n");
    assertThatThrownBy(() -> KnowledgeBase.load(KbConfig.withUserLexicon(dir)))
        .hasMessageContaining(groups + ":1").hasMessageContaining("YYYY-MM-DD");
    write(groups, "X Front\tXF\tZZZ\tPAKREB\t\n");
    assertThatThrownBy(() -> KnowledgeBase.load(KbConfig.withUserLexicon(dir)))
        .hasMessageContaining(groups + ":1").hasMessageContaining("ZZZ");
    write(groups, "X Front\tXF\tPAK\t\t\n");
    assertThatThrownBy(() -> KnowledgeBase.load(KbConfig.withUserLexicon(dir)))
        .hasMessageContaining("missing codes");
    Files.write(dir.resolve("roles.tsv"), new byte[] {'a', '\t', (byte) 0xff, '\n'});
    Files.delete(groups);
    assertThatThrownBy(() -> KnowledgeBase.load(KbConfig.withUserLexicon(dir)))
        .hasMessageContaining("roles.tsv:1").hasMessageContaining("UTF-8");
    assertThatThrownBy(() -> KnowledgeBase.load(KbConfig.withUserLexicon(dir.resolve("nope"))))
        .isInstanceOf(KbLoadException.class).hasMessageContaining("nope");
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
