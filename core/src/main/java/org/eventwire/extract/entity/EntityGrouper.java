package org.eventwire.extract.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventwire.model.EntityType;

/**
 * Groups one article's mentions into entities: one knowledge-base actor is one entity; a surname
 * joins the full name it belongs to; an acronym joins the name it abbreviates, whether the text
 * spells it out ("Tehreek-e-Taliban Pakistan (TTP)", "TTP (Tehreek-e-Taliban Pakistan)") or its
 * initials match; unnamed groups of one country and sector are one actor ("Pakistani forces", "the
 * Pakistani military"), except a government's departments, each a body of its own ("Azerbaijan's
 * foreign ministry" is not its defence ministry).
 */
public final class EntityGrouper {
  /** Head nouns of a government's departments: the words before them tell one from another. */
  private static final java.util.Set<String> DEPARTMENTS = java.util.Set.of("ministry", "department", "office",
      "agency", "directorate", "commission", "committee", "council", "bureau", "service");

  /** Groups {@code mentions} (in text order) of {@code text}. */
  public List<EntityDraft> group(List<Mention> mentions, String text) {
    Map<String, EntityDraft> byKey = new LinkedHashMap<>();
    Map<String, EntityDraft> acronyms = new HashMap<>();
    EntityDraft previous = null;
    Mention previousMention = null;
    for (Mention m : mentions) {
      EntityDraft d = switch (m.kind()) {
        case KNOWN, DEMONYM -> byKey.computeIfAbsent("kb:" + m.known().key(), k -> new EntityDraft(k, m));
        case GROUP -> byKey.computeIfAbsent(groupKey(m), k -> new EntityDraft(k, m));
        case ROLE -> byKey.computeIfAbsent(roleKey(m), k -> new EntityDraft(k, m));
        case NAME -> named(m, byKey, acronyms);
        case PRONOUN -> null;
      };
      if (d == null) {
        continue;
      }
      if (!d.mentions.contains(m)) {
        d.add(m);
      }
      // "Full Name (ACR)" or "ACR (Full Name)": the parenthesised form is the same actor
      if (previous != null && previous != d && parenthesised(previousMention, m, text)) {
        merge(previous, d, byKey);
        d = previous;
      }
      if (d.type == EntityType.ORGANIZATION) {
        acronyms.putIfAbsent(initials(d.name()), d);
      }
      previous = d;
      previousMention = m;
    }
    return new ArrayList<>(new LinkedHashMap<>(byKey).values().stream().distinct().toList());
  }

  private EntityDraft named(Mention m, Map<String, EntityDraft> byKey, Map<String, EntityDraft> acronyms) {
    String key = "name:" + m.type() + ":" + norm(m.text());
    EntityDraft same = byKey.get(key);
    if (same != null) {
      return same;
    }
    if (m.type() == EntityType.PERSON) {
      EntityDraft full = personContaining(m.text(), byKey);
      if (full != null) {
        byKey.putIfAbsent(key, full);
        return full;
      }
    }
    if (m.type() == EntityType.LOCATION) {
      EntityDraft region = regionNamed(norm(m.text()), byKey);
      if (region != null) {
        byKey.putIfAbsent(key, region);
        return region;
      }
    }
    if (isAcronym(m.text())) {
      EntityDraft expanded = acronyms.get(m.text().replace(".", ""));
      if (expanded == null) {
        expanded = acronyms.get(m.text().replaceAll("[^\\p{Lu}\\p{N}]", "")); // "NaMA" is "NMA"
      }
      if (expanded != null) {
        byKey.putIfAbsent(key, expanded);
        return expanded;
      }
    }
    EntityDraft d = new EntityDraft(key, m);
    byKey.put(key, d);
    return d;
  }

  /** "Shan" after "Shan state": a region's name without its head noun is the region. */
  private static EntityDraft regionNamed(String name, Map<String, EntityDraft> byKey) {
    for (EntityDraft d : byKey.values()) {
      String full = norm(d.name());
      if (d.type == EntityType.LOCATION && full.startsWith(name + " ")
          && RegionNames.isRegionNoun(full.substring(name.length() + 1))) {
        return d;
      }
    }
    return null;
  }

  /** A single name that is the surname (or, failing that, another part) of an earlier full name. */
  private static EntityDraft personContaining(String name, Map<String, EntityDraft> byKey) {
    String[] parts = name.split("\\s+");
    if (parts.length > 2) {
      return null;
    }
    EntityDraft byLast = null;
    EntityDraft byAny = null;
    for (EntityDraft d : byKey.values()) {
      if (d.type != EntityType.PERSON) {
        continue;
      }
      for (String s : d.surfaces) {
        String[] full = s.split("\\s+");
        if (full.length <= parts.length) {
          continue;
        }
        if (endsWith(full, parts)) {
          byLast = d;
        } else if (containsAll(full, parts)) {
          byAny = d;
        }
      }
    }
    return byLast != null ? byLast : byAny;
  }

  private static boolean endsWith(String[] full, String[] tail) {
    for (int i = 0; i < tail.length; i++) {
      if (!stripPrefix(full[full.length - tail.length + i]).equalsIgnoreCase(stripPrefix(tail[i]))) {
        return false;
      }
    }
    return true;
  }

  /** "al-Burhan" and "Burhan" are the same surname. */
  private static String stripPrefix(String s) {
    return s.replaceFirst("^(?i)(al|el|ad|as|ash|at|ar)-", "");
  }

  private static boolean containsAll(String[] full, String[] parts) {
    outer:
    for (String p : parts) {
      for (String f : full) {
        if (f.equalsIgnoreCase(p)) {
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  private static boolean parenthesised(Mention before, Mention after, String text) {
    if (before == null || after.start() < before.end()) {
      return false;
    }
    String between = text.substring(before.end(), after.start()).trim();
    boolean closes = after.end() < text.length() && text.charAt(after.end()) == ')';
    if (!between.equals("(") || !closes) {
      return false;
    }
    if (isAcronym(after.text())) {
      return abbreviates(after.text(), before.text());
    }
    return isAcronym(before.text()) && abbreviates(before.text(), after.text());
  }

  /**
   * Whether the letters of {@code acronym} appear in order in {@code name}: "UNIFIL" abbreviates "UN
   * Interim Force in Lebanon", "NaMA" "National Movement of Amhara" and the French "FARDC" "Armed
   * Forces of the Democratic Republic of Congo", but "UNIFIL" does not abbreviate "Lebanon".
   */
  static boolean abbreviates(String acronym, String name) {
    String a = acronym.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    String n = norm(name).replaceAll("[^\\p{L}\\p{N}]", "");
    if (a.isEmpty() || n.isEmpty()) {
      return false;
    }
    if (initialsCover(a, name)) {
      return true;
    }
    int j = 0;
    for (int i = 0; i < n.length() && j < a.length(); i++) {
      if (n.charAt(i) == a.charAt(j)) {
        j++;
      }
    }
    return j == a.length();
  }

  /** Every letter of the acronym begins a word of the name, in any order (French "FARDC" for the English name). */
  static boolean initialsCover(String acronym, String name) {
    StringBuilder initials = new StringBuilder();
    for (String w : norm(name).split("[\\s-]+")) {
      if (!w.isEmpty()) {
        initials.append(w.charAt(0));
      }
    }
    String have = initials.toString();
    for (char c : acronym.toCharArray()) {
      int at = have.indexOf(c);
      if (at < 0) {
        return false;
      }
      have = have.substring(0, at) + have.substring(at + 1);
    }
    return true;
  }

  private static void merge(EntityDraft into, EntityDraft from, Map<String, EntityDraft> byKey) {
    for (Mention m : from.mentions) {
      if (!into.mentions.contains(m)) {
        into.add(m);
      }
    }
    if (into.known == null && from.known != null) {
      into.known = from.known;
      into.type = from.type;
      into.country = from.country;
    }
    byKey.replaceAll((k, v) -> v == from ? into : v);
  }

  /** "grp:AZE:GOV", or "grp:AZE:GOV:foreign ministry" for a department. */
  static String groupKey(Mention m) {
    String key = "grp:" + m.country() + ":" + m.sector();
    String[] words = norm(m.text()).split(" ");
    if (words.length < 2 || !DEPARTMENTS.contains(words[words.length - 1])) {
      return key;
    }
    // the words after the country ("Azerbaijan's", "Azerbaijani", "the Afghan") name the department
    int first = 0;
    for (int i = 0; i < words.length - 1; i++) {
      if (words[i].endsWith("'s")) {
        first = i + 1;
      }
    }
    if (first == 0 && Character.isUpperCase(m.text().replaceFirst("^(?i)the\\s+", "").charAt(0))) {
      first = 1;
    }
    return first >= words.length - 1 ? key : key + ":" + String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
  }

  /** Unanchored roles are keyed by their head word, so "a military spokesman" and "the spokesman" meet. */
  private static String roleKey(Mention m) {
    if (m.country() == null && m.known() == null) {
      String[] words = norm(m.text()).split(" ");
      return "role:?:" + words[words.length - 1];
    }
    return "role:" + m.country() + ":" + norm(m.text());
  }

  static boolean isAcronym(String s) {
    String t = s.replace(".", "").replace("-", "");
    if (t.length() < 2 || t.length() > 7) {
      return false;
    }
    int upper = 0;
    for (char c : t.toCharArray()) {
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (!Character.isLowerCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return upper >= 2 && upper >= t.length() - 1;
  }

  /** Initials of the capitalised words: "Myanmar National Democratic Alliance Army" → "MNDAA". */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    n = n.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("^(the|a|an)\\s+", "");
    return n.replaceAll("\\s+", " ").trim();
  }
}
