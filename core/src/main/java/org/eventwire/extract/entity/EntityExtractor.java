package org.eventwire.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eventwire.model.ActorCode;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.GeoPoint;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.Token;
import java.util.function.Predicate;
import java.util.Set;

/**
 * The entity stage: finds mentions, groups them into actors, attaches roles and pronouns, and
 * codes each actor for the story's date. Stateless and thread-safe.
 */
public final class EntityExtractor {
  private final ActorKnowledge kb;
  private final MentionFinder finder;
  private final EntityGrouper grouper = new EntityGrouper();
  private final RoleAttacher roles = new RoleAttacher();
  private final PronounResolver pronouns = new PronounResolver();
  private final ActorCoder coder;
  private final DraftMerger merger;

  public EntityExtractor(ActorKnowledge kb, Predicate<Token> speechVerb) {
    this.kb = kb;
    this.finder = new MentionFinder(kb, speechVerb);
    this.coder = new ActorCoder(kb);
    this.merger = new DraftMerger(kb);
  }

  /**
   * Extracts the entities of one article.
   *
   * @param published the story's date, which picks time-dependent codes; null for today's codes
   */
  public EntityIndex extract(NlpDocument doc, LocalDate published) {
    List<KnownMention> known = kb.findMentions(doc.text(), published);
    MentionFinder.Found found = finder.find(doc, known);
    List<EntityDraft> drafts = grouper.group(found.mentions(), doc.text());
    merger.merge(drafts, doc.text());
    for (EntityDraft d : drafts) {
      coder.readName(d, published);
    }
    roles.attach(doc, found.rolePhrases(), drafts);
    pronouns.resolve(doc, drafts);
    mergeTitleReferences(drafts);
    CountryContext context = new CountryContext(drafts, doc.text(),
        name -> kb.place(name, null).map(GeoPoint::country).orElse(null));
    for (EntityDraft d : drafts) {
      // "a military spokesman" in a story about Sudan speaks for Sudan's military
      boolean anchored = d.roleAnchor != null && d.roleAnchor.code() != null || d.roleOf != null;
      if (d.country == null && d.known == null && d.sector != null && !anchored && CONTEXT_SECTORS.contains(d.sector)) {
        // the opposition is the story's own; officials belong to the state their sentence is about
        d.country = d.sector.equals("OPP") && context.home() != null ? context.home() : context.countryOf(d);
        if (d.country != null && officeTaken(d, drafts)) {
          // "French President Emmanuel Macron said … to restore ousted President Mohamed Bazoum": a
          // country has one president; the second one named is the story's own, or unknown when
          // the story has no one home country (no code is better than a wrong one)
          d.country = context.home();
        }
      }
    }
    drafts.sort(Comparator.comparingInt(EntityDraft::firstOffset));
    List<Entity> out = new ArrayList<>(drafts.size());
    for (EntityDraft d : drafts) {
      out.add(toEntity(d, "e" + (out.size() + 1)));
    }
    return new EntityIndex(out);
  }

  /** Offices a country has one holder of at a time. */
  private static final Set<String> SOLE_OFFICES = Set.of("president", "prime minister", "premier", "king", "queen",
      "emir", "chancellor", "supreme leader");

  /** Whether another person of {@code d}'s country already holds the sole office {@code d}'s role names. */
  private static boolean officeTaken(EntityDraft d, List<EntityDraft> drafts) {
    String office = soleOffice(d);
    if (office == null) {
      return false;
    }
    for (EntityDraft other : drafts) {
      if (other != d && other.type == EntityType.PERSON && d.country.equals(other.country)
          && office.equals(soleOffice(other))) {
        return true;
      }
    }
    return false;
  }

  private static String soleOffice(EntityDraft d) {
    for (String role : d.roles) {
      String r = role.toLowerCase(java.util.Locale.ROOT);
      if (r.contains("vice") || r.contains("deputy") || r.contains("former")) {
        continue;
      }
      for (String office : SOLE_OFFICES) {
        if (r.equals(office) || r.endsWith(" " + office)) {
          return office;
        }
      }
    }
    return null;
  }

  /** Sectors whose actors belong to a state: their role alone says "official", the story says of which country. */
  private static final Set<String> CONTEXT_SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "OPP");

  /** "the spokesman" joins the one named person whose role has that head word, if there is exactly one. */
  private static void mergeTitleReferences(List<EntityDraft> drafts) {
    for (EntityDraft role : List.copyOf(drafts)) {
      if (!role.key.startsWith("role:?:")) {
        continue;
      }
      EntityDraft only = null;
      int n = 0;
      for (EntityDraft d : drafts) {
        if (d.type == EntityType.PERSON && d != role && d.roles.stream().anyMatch(r -> covers(r, role.surfaces))) {
          only = d;
          n++;
        }
      }
      if (n == 1) {
        for (Mention m : role.mentions) {
          only.add(m);
        }
        drafts.remove(role);
      }
    }
  }

  /**
   * Whether every word of each form of a title reference is in the person's role: "the spokesman" is
   * the "Kremlin spokesman", but "an air force spokesman" is someone else.
   */
  private static boolean covers(String role, Set<String> forms) {
    Set<String> words = Set.of(EntityGrouper.norm(role).split("[\\s-]+"));
    for (String f : forms) {
      for (String w : EntityGrouper.norm(f).split("[\\s-]+")) {
        if (!words.contains(w)) {
          return false;
        }
      }
    }
    return true;
  }

  private Entity toEntity(EntityDraft d, String id) {
    String name = d.name();
    List<String> aliases = new ArrayList<>();
    for (String s : d.surfaces) {
      if (!s.equals(name)) {
        aliases.add(s);
      }
    }
    ActorCode code = coder.code(d);
    GeoPoint where = null;
    if (d.type == EntityType.LOCATION || d.type == EntityType.COUNTRY) {
      where = kb.place(name, d.country).orElse(d.country == null ? null : new GeoPoint(d.country, null, null));
    }
    return new Entity(id, name, d.type, aliases, new ArrayList<>(d.roles), code, where, d.spans());
  }
}
