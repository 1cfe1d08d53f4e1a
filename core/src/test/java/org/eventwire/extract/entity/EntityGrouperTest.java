package org.eventwire.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventwire.model.EntityType;
import org.junit.jupiter.api.Test;

class EntityGrouperTest {

  @Test
  void acronymAbbreviatesOnlyNamesThatHoldItsLetters() {
    assertThat(EntityGrouper.abbreviates("UNIFIL", "UN Interim Force in Lebanon")).isTrue();
    assertThat(EntityGrouper.abbreviates("NaMA", "National Movement of Amhara")).isTrue();
    assertThat(EntityGrouper.abbreviates("FARDC", "Armed Forces of the Democratic Republic of Congo")).isTrue();
    assertThat(EntityGrouper.abbreviates("UNIFIL", "Lebanon")).isFalse();
    assertThat(EntityGrouper.abbreviates("TTP", "Pakistan")).isFalse();
  }

  @Test
  void bracketedAcronymJoinsTheNameBeforeItButNotAnUnrelatedPlace() {
    String text = "The Peace Force in Lebanon (UNIFIL) spoke. Lebanon (UNIFIL) too.";
    Mention force = name(text, "Peace Force", EntityType.ORGANIZATION, 0);
    Mention acr1 = at(text, "UNIFIL", 0, EntityType.ORGANIZATION, 0);
    List<EntityDraft> drafts = new EntityGrouper().group(List.of(force, acr1), text);
    assertThat(drafts).hasSize(2); // "Peace Force" does not abbreviate to UNIFIL: it stays apart

    String text2 = "The Rapid Support Forces (RSF) attacked. The RSF denied it.";
    Mention rsf = name(text2, "Rapid Support Forces", EntityType.ORGANIZATION, 0);
    Mention a1 = at(text2, "RSF", 0, EntityType.ORGANIZATION, 0);
    Mention a2 = at(text2, "RSF", text2.indexOf("RSF") + 1, EntityType.ORGANIZATION, 1);
    List<EntityDraft> merged = new EntityGrouper().group(List.of(rsf, a1, a2), text2);
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).surfaces).containsExactly("Rapid Support Forces", "RSF");
  }

  @Test
  void lowerCaseLettersInAnAcronymAreFoundByItsCapitals() {
    String text = "The National Movement of Amhara walked out. Later NaMA said no.";
    Mention full = name(text, "National Movement of Amhara", EntityType.ORGANIZATION, 0);
    Mention acr = at(text, "NaMA", 0, EntityType.ORGANIZATION, 1);
    assertThat(new EntityGrouper().group(List.of(full, acr), text)).hasSize(1);
  }

  @Test
  void aGovernmentsDepartmentsAreBodiesOfTheirOwnWhereItsForcesAreOne() {
    assertThat(EntityGrouper.groupKey(group("Azerbaijan's foreign ministry", "GOV")))
        .isEqualTo("grp:AZE:GOV:foreign ministry")
        .isEqualTo(EntityGrouper.groupKey(group("the Azerbaijani foreign ministry", "GOV")))
        .isNotEqualTo(EntityGrouper.groupKey(group("Azerbaijan's defence ministry", "GOV")));
    assertThat(EntityGrouper.groupKey(group("Azerbaijan's ministry", "GOV"))).isEqualTo("grp:AZE:GOV");
    assertThat(EntityGrouper.groupKey(group("Pakistani forces", "MIL")))
        .isEqualTo(EntityGrouper.groupKey(group("Pakistani security forces", "MIL")))
        .isEqualTo("grp:AZE:MIL");
  }

  private static Mention group(String surface, String sector) {
    return new Mention(0, surface.length(), surface, Mention.Kind.GROUP, EntityType.ORGANIZATION, 0, null, "AZE", sector);
  }

  static Mention name(String text, String surface, EntityType type, int sentence) {
    return at(text, surface, 0, type, sentence);
  }

  static Mention at(String text, String surface, int from, EntityType type, int sentence) {
    int s = text.indexOf(surface, from);
    return new Mention(s, s + surface.length(), surface, Mention.Kind.NAME, type, sentence, null, null, null);
  }
}
