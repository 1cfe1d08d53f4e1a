package org.eventwire.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eventwire.model.EntityType;

/**
 * Completes the grouper's drafts: adds a country named only as an owner ("Ethiopia's parliament"),
 * and joins drafts that the grouper kept apart but that name one actor: a nickname introduced by "known
 * as" ("Mohamed Hamdan Dagalo, widely known as Hemedti"); a surname that NER mistook for a place
 * ("Guaidó"); a country's short name ("Congo" after "Democratic Republic of Congo"); and one body
 * named by its country or its demonym ("China Coast Guard", "Chinese coast guard", "China's coast
 * guard"), or one unnamed official so ("Rwanda's ambassador", "the Rwandan ambassador"). Mutates the
 * list it is given.
 */
final class DraftMerger {
  private static final Pattern KNOWN_AS = Pattern.compile(
      "(?i)\\s*,?\\s*(?:(?:also|widely|better|commonly|popularly)\\s+)?(?:known|referred to)\\s+as\\s+|\\s*,?\\s*(?:nicknamed|dubbed)\\s+");

  private static final Pattern POSSESSIVE = Pattern.compile("^(\\p{Lu}[\\p{L} ]*?)['’]s\\s");

  private final ActorKnowledge kb;

  DraftMerger(ActorKnowledge kb) {
    this.kb = kb;
  }

  /** Applies every rule to {@code drafts} of {@code text}. */
  void merge(List<EntityDraft> drafts, String text) {
    addPossessiveCountries(drafts);
    for (EntityDraft d : List.copyOf(drafts)) {
      if (!drafts.contains(d) || d.known != null || d.type == EntityType.PERSON && !unnamed(d) || d.type == EntityType.COUNTRY) {
        continue;
      }
      EntityDraft into = nicknamed(d, drafts, text);
      if (into == null && d.type != EntityType.PERSON) {
        into = surnameOf(d, drafts);
      }
      if (into == null && d.type == EntityType.LOCATION) {
        into = countryShortName(d, drafts);
      }
      if (into == null && (d.type == EntityType.ORGANIZATION || unnamed(d))) {
        into = sameBody(d, drafts);
      }
      if (into != null && into != d) {
        join(into, d, drafts);
      }
    }
  }

  /**
   * A country named only as the owner of something else ("Ethiopia's parliament", "Rwanda's
   * ambassador") is still an actor of the story: it gets an entity of its own on its name.
   */
  private void addPossessiveCountries(List<EntityDraft> drafts) {
    for (EntityDraft d : List.copyOf(drafts)) {
      if (d.country == null || d.type == EntityType.COUNTRY || hasCountry(drafts, d.country)) {
        continue;
      }
      for (Mention m : d.mentions) {
        java.util.regex.Matcher own = POSSESSIVE.matcher(m.text());
        if (own.find() && d.country.equals(kb.countryOf(own.group(1)).orElse(null))) {
          Mention c = new Mention(m.start(), m.start() + own.group(1).length(), own.group(1), Mention.Kind.NAME,
              EntityType.COUNTRY, m.sentence(), null, d.country, null);
          drafts.add(new EntityDraft("country:" + d.country, c));
          break;
        }
      }
    }
  }

  private static boolean hasCountry(List<EntityDraft> drafts, String iso3) {
    return drafts.stream().anyMatch(d -> d.type == EntityType.COUNTRY && iso3.equals(d.country));
  }

  /** A person known only by a role: "Rwanda's ambassador", "the Rwandan ambassador". */
  private static boolean unnamed(EntityDraft d) {
    return d.type == EntityType.PERSON && d.mentions.stream().noneMatch(m -> m.kind() == Mention.Kind.NAME);
  }

  /** "X, widely known as Y": Y is the person X. */
  private static EntityDraft nicknamed(EntityDraft d, List<EntityDraft> drafts, String text) {
    Mention first = first(d);
    for (EntityDraft p : drafts) {
      if (p == d || p.type != EntityType.PERSON) {
        continue;
      }
      for (Mention m : p.mentions) {
        if (m.end() <= first.start() && first.start() - m.end() < 40
            && KNOWN_AS.matcher(text.substring(m.end(), first.start())).matches()) {
          return p;
        }
      }
    }
    return null;
  }

  /** A one-word place or organisation that is the surname of a person named in full. */
  private static EntityDraft surnameOf(EntityDraft d, List<EntityDraft> drafts) {
    String name = d.name();
    if (name.contains(" ")) {
      return null;
    }
    EntityDraft found = null;
    for (EntityDraft p : drafts) {
      if (p.type != EntityType.PERSON || p == d) {
        continue;
      }
      for (String s : p.surfaces) {
        String[] w = s.split("\\s+");
        if (w.length > 1 && w[w.length - 1].equalsIgnoreCase(name)) {
          if (found != null && found != p) {
            return null; // two people share it: leave it alone
          }
          found = p;
        }
      }
    }
    return found;
  }

  /** "Congo" after "Democratic Republic of Congo": the last word of a country's name stands for it. */
  private static EntityDraft countryShortName(EntityDraft d, List<EntityDraft> drafts) {
    String name = EntityGrouper.norm(d.name());
    for (EntityDraft c : drafts) {
      if (c.type == EntityType.COUNTRY && c != d) {
        for (String s : c.surfaces) {
          String n = EntityGrouper.norm(s);
          if (n.endsWith(" " + name) && !name.contains(" ")) {
            return c;
          }
        }
      }
    }
    return null;
  }

  /** Another draft naming the same body once its leading country word is read as a country. */
  private EntityDraft sameBody(EntityDraft d, List<EntityDraft> drafts) {
    String key = bodyKey(d);
    if (key == null) {
      return null;
    }
    for (EntityDraft o : drafts) {
      if (o != d && o.type == d.type && key.equals(bodyKey(o))) {
        return o;
      }
    }
    return null;
  }

  /** "chn|coast guard" for "China Coast Guard", "Chinese coast guard" and "China's coast guard"; or null. */
  private String bodyKey(EntityDraft d) {
    for (String s : d.surfaces) {
      String[] w = s.split("\\s+", 2);
      if (w.length < 2) {
        continue;
      }
      Optional<String> c = kb.countryOf(w[0].replaceAll("['’]s$", ""));
      if (c.isPresent()) {
        return c.get() + "|" + EntityGrouper.norm(w[1]).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static Mention first(EntityDraft d) {
    Mention f = d.mentions.get(0);
    for (Mention m : d.mentions) {
      if (m.start() < f.start()) {
        f = m;
      }
    }
    return f;
  }

  private static void join(EntityDraft into, EntityDraft from, List<EntityDraft> drafts) {
    for (Mention m : from.mentions) {
      if (!into.mentions.contains(m)) {
        into.add(m);
      }
    }
    into.roles.addAll(from.roles);
    if (into.sector == null) {
      into.sector = from.sector;
    }
    if (into.country == null) {
      into.country = from.country;
    }
    drafts.remove(from);
  }
}
