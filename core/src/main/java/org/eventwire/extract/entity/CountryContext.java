package org.eventwire.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.model.ActorCode;
import org.eventwire.model.EntityType;

/**
 * Says which country an actor whose role names none belongs to ("Prime Minister Benjamin
 * Netanyahu", "a military spokesman", "Foreign Ministry spokesman Nasser Kanaani"): the first state
 * actor named before it in its sentence, else the first in the sentence before (news introduces a
 * state and then its officials: "Iran warned Israel … Foreign Ministry spokesman Nasser Kanaani
 * said"), else the story's home country. Words inside quotation marks are not context: they are
 * the speaker's, not the reporter's framing.
 */
final class CountryContext {
  /** Roles of local government: their holder belongs to the country of the place they govern. */
  private static final Set<String> LOCAL_ROLES = Set.of("governor", "mayor", "regional", "provincial", "municipal",
      "district", "local");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "into", "from", "on", "over",
      "around", "outside", "inside", "towards", "toward", "throughout");
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "JUD");
  /** The country named first (usually in the headline) is where the story is told from. */
  private static final int FIRST_MENTION_BONUS = 3;
  /** How far back a role looks for its state: a quotation sentence or two may stand between. */
  private static final int LOOK_BACK_SENTENCES = 3;

  private final List<EntityDraft> drafts;
  private final String text;
  private final String home;
  private final java.util.function.Function<String, String> placeCountry;

  CountryContext(List<EntityDraft> drafts, String text) {
    this(drafts, text, name -> null);
  }

  /** @param placeCountry the country a place of that name lies in, from the gazetteer, or null */
  CountryContext(List<EntityDraft> drafts, String text, java.util.function.Function<String, String> placeCountry) {
    this.drafts = drafts;
    this.text = text;
    this.home = home(drafts);
    this.placeCountry = placeCountry;
  }

  /** The story's home country: the one its actors belong to most often, the first-named breaking ties; or null. */
  String home() {
    return home;
  }

  /** The country {@code d} most likely belongs to, from its first mention's context; or null. */
  String countryOf(EntityDraft d) {
    Mention first = null;
    for (Mention m : d.mentions) {
      if (m.kind() != Mention.Kind.PRONOUN && (first == null || m.start() < first.start())) {
        first = m;
      }
    }
    if (first == null) {
      return home;
    }
    if (local(d)) {
      // "regional governor Oleh Kiper said" after "Russian drones struck Odesa": a governor or mayor
      // belongs to the place he governs, not to whoever acted there
      String place = placeContext(d, first.sentence());
      if (place != null) {
        return place;
      }
    }
    String here = stateContext(d, first.sentence(), first.start());
    for (int back = 1; here == null && back <= LOOK_BACK_SENTENCES; back++) {
      here = stateContext(d, first.sentence() - back, Integer.MAX_VALUE);
    }
    return here != null ? here : home;
  }

  private static boolean local(EntityDraft d) {
    for (String role : d.roles) {
      String r = role.toLowerCase(java.util.Locale.ROOT);
      for (String w : LOCAL_ROLES) {
        if (r.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The country of the first place named in the sentence, else in the one before; or null. */
  private String placeContext(EntityDraft self, int sentence) {
    for (int back = 0; back <= 1; back++) {
      Mention best = null;
      String bestCountry = null;
      for (EntityDraft d : drafts) {
        String country = d == self || d.type != EntityType.LOCATION ? null
            : d.country != null ? d.country : placeCountry.apply(d.name());
        if (country == null) {
          continue;
        }
        for (Mention m : d.mentions) {
          if (m.sentence() == sentence - back && (best == null || m.start() < best.start())) {
            best = m;
            bestCountry = country;
          }
        }
      }
      if (bestCountry != null) {
        return bestCountry;
      }
    }
    return null;
  }

  /**
   * The first state actor of a sentence; a place named as where something happened ("strikes hit
   * sites in Sanaa, the US Central Command said") counts only when the sentence names no actor.
   */
  private String stateContext(EntityDraft self, int sentence, int before) {
    String actor = firstStateActor(self, sentence, before, false);
    return actor != null ? actor : firstStateActor(self, sentence, before, true);
  }

  private String firstStateActor(EntityDraft self, int sentence, int before, boolean placesToo) {
    Mention best = null;
    String bestCountry = null;
    for (EntityDraft d : drafts) {
      String c = stateCountry(d);
      if (d == self || c == null) {
        continue;
      }
      for (Mention m : d.mentions) {
        if (m.sentence() == sentence && m.end() <= before && m.kind() != Mention.Kind.PRONOUN
            && (best == null || m.start() < best.start()) && !insideQuotation(m.start())
            && (placesToo || d.type == EntityType.ORGANIZATION || !afterLocative(m.start()))) {
          best = m;
          bestCountry = c;
        }
      }
    }
    return bestCountry;
  }

  /** The country of a country, its capital, or a state body; null for anything else. */
  private static String stateCountry(EntityDraft d) {
    if (d.country == null) {
      return null;
    }
    if (d.type == EntityType.COUNTRY || d.type == EntityType.LOCATION) {
      return d.country;
    }
    ActorCode code = d.known != null ? d.known.code() : null;
    String sector = code != null ? code.sector() : d.sector;
    return sector != null && STATE_SECTORS.contains(sector) ? d.country : null;
  }

  /**
   * Whether a place is named as where something happened ("strikes hit sites in Sanaa"), not as
   * who acts ("Sanaa said"): it follows a locative preposition, perhaps with "the".
   */
  private boolean afterLocative(int offset) {
    String before = text.substring(Math.max(0, offset - 16), offset).toLowerCase(java.util.Locale.ROOT).stripTrailing();
    if (before.endsWith(" the")) {
      before = before.substring(0, before.length() - 4).stripTrailing();
    }
    int space = before.lastIndexOf(' ');
    String word = before.substring(space + 1);
    return LOCATIVE.contains(word);
  }

  /** Whether more quotation marks open than close between the start of the paragraph and {@code offset}. */
  private boolean insideQuotation(int offset) {
    int para = text.lastIndexOf('\n', offset - 1) + 1;
    int depth = 0;
    int straight = 0;
    for (int i = para; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\u201C') {
        depth++;
      } else if (c == '\u201D') {
        depth = Math.max(0, depth - 1);
      } else if (c == '"') {
        straight++;
      }
    }
    return depth > 0 || straight % 2 == 1;
  }

  private static String home(List<EntityDraft> drafts) {
    Map<String, Integer> counts = new HashMap<>();
    String firstCountry = null;
    int firstAt = Integer.MAX_VALUE;
    for (EntityDraft d : drafts) {
      if (d.country == null || d.type == EntityType.PERSON) {
        continue;
      }
      counts.merge(d.country, d.mentions.size(), Integer::sum);
      if (d.type == EntityType.COUNTRY && d.firstOffset() < firstAt) {
        firstAt = d.firstOffset();
        firstCountry = d.country;
      }
    }
    if (firstCountry != null) {
      counts.merge(firstCountry, FIRST_MENTION_BONUS, Integer::sum);
    }
    String best = null;
    int bestN = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestN) {
        best = e.getKey();
        bestN = e.getValue();
        tie = false;
      } else if (e.getValue() == bestN) {
        tie = true;
      }
    }
    return tie ? null : best;
  }
}
