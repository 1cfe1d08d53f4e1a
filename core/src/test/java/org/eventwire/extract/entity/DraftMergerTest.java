package org.eventwire.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.EntityType;
import org.junit.jupiter.api.Test;

class DraftMergerTest {
  private final DraftMerger merger = new DraftMerger(new FakeKnowledge());

  @Test
  void aBodyNamedByItsCountryAndByItsDemonymIsOne() {
    String text = "A Chinese coast guard ship came. The China Coast Guard said so.";
    List<EntityDraft> drafts = drafts(
        mention(text, "Chinese coast guard", Mention.Kind.GROUP, EntityType.ORGANIZATION, 0),
        mention(text, "China Coast Guard", Mention.Kind.NAME, EntityType.ORGANIZATION, 1));
    merger.merge(drafts, text);
    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).surfaces).contains("Chinese coast guard", "China Coast Guard");
  }

  @Test
  void differentBodiesOfOneCountryStayApart() {
    String text = "The Chinese coast guard and the Chinese ministry met.";
    List<EntityDraft> drafts = drafts(
        mention(text, "Chinese coast guard", Mention.Kind.GROUP, EntityType.ORGANIZATION, 0),
        mention(text, "Chinese ministry", Mention.Kind.GROUP, EntityType.ORGANIZATION, 0));
    merger.merge(drafts, text);
    assertThat(drafts).hasSize(2);
  }

  @Test
  void aNicknameAfterKnownAsJoinsThePerson() {
    String text = "It is led by Mohamed Ali Abdalla, widely known as Hamadi, who denies it.";
    List<EntityDraft> drafts = drafts(
        mention(text, "Mohamed Ali Abdalla", Mention.Kind.NAME, EntityType.PERSON, 0),
        mention(text, "Hamadi", Mention.Kind.NAME, EntityType.LOCATION, 0));
    merger.merge(drafts, text);
    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).type).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aSurnameReadAsAPlaceJoinsThePersonButAnotherPlaceDoesNot() {
    String text = "Juan Pablo Ortega spoke in Lima. Ortega said more.";
    List<EntityDraft> drafts = drafts(
        mention(text, "Juan Pablo Ortega", Mention.Kind.NAME, EntityType.PERSON, 0),
        mention(text, "Lima", Mention.Kind.NAME, EntityType.LOCATION, 0),
        new Mention(text.lastIndexOf("Ortega"), text.lastIndexOf("Ortega") + 6, "Ortega", Mention.Kind.NAME,
            EntityType.LOCATION, 1, null, null, null));
    merger.merge(drafts, text);
    assertThat(drafts).extracting(EntityDraft::name).containsExactly("Juan Pablo Ortega", "Lima");
  }

  @Test
  void aCountryNamedOnlyAsAnOwnerGetsAnEntity() {
    String text = "Kenya's parliament voted on Friday.";
    Mention group = new Mention(0, 18, "Kenya's parliament", Mention.Kind.GROUP, EntityType.ORGANIZATION, 0, null, "KEN", "LEG");
    List<EntityDraft> drafts = drafts(group);
    merger.merge(drafts, text);
    assertThat(drafts).extracting(EntityDraft::name).containsExactlyInAnyOrder("Kenya's parliament", "Kenya");
    String again = "Kenya's parliament met Kenya.";
    List<EntityDraft> two = drafts(new Mention(0, 18, "Kenya's parliament", Mention.Kind.GROUP, EntityType.ORGANIZATION, 0,
        null, "KEN", "LEG"), new Mention(23, 28, "Kenya", Mention.Kind.NAME, EntityType.COUNTRY, 0, null, "KEN", null));
    merger.merge(two, again);
    assertThat(two).hasSize(2); // the country already has its entity
  }

  private static List<EntityDraft> drafts(Mention... ms) {
    List<EntityDraft> out = new ArrayList<>();
    for (Mention m : ms) {
      out.add(new EntityDraft("k" + out.size(), m));
    }
    return out;
  }

  static Mention mention(String text, String surface, Mention.Kind kind, EntityType type, int sentence) {
    int s = text.indexOf(surface);
    return new Mention(s, s + surface.length(), surface, kind, type, sentence, null, null, null);
  }
}
