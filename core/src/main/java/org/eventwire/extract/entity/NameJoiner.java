package org.eventwire.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.EntityType;

/**
 * Joins the pieces of one organisation's name that NER and the knowledge base found apart: a
 * demonym or a known parent before it ("Ukrainian" + "Air Force", "IAEA's" + "Board of Governors"),
 * and a place inside it ("UN Interim Force" + "in Lebanon" + "(UNIFIL)"). Stateless.
 */
final class NameJoiner {
  private static final Pattern JOINER = Pattern.compile(" |['’]s ");
  private static final Pattern OF_PLACE = Pattern.compile(" (?:in|of|for) (?:the )?");
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\(([^()\\s]+)\\)");

  private NameJoiner() {}

  /**
   * "Ukrainian" + "Air Force" is the Ukrainian Air Force: a demonym right before an organisation's
   * name that NER found without it belongs to the name, and gives it its country; so does a known
   * organisation before the name of one of its organs ("IAEA" + "Board of Governors").
   */
  static List<Mention> joinDemonyms(List<Mention> ms, String text) {
    List<Mention> out = new ArrayList<>(ms);
    for (Mention dem : ms) {
      boolean owner = dem.kind() == Mention.Kind.KNOWN && dem.type() == EntityType.ORGANIZATION;
      if (dem.kind() != Mention.Kind.DEMONYM && !owner) {
        continue; // a demonym, or a known organisation whose organ follows ("IAEA Board of Governors")
      }
      for (Mention org : ms) {
        if (org.kind() == Mention.Kind.NAME && org.type() == EntityType.ORGANIZATION && org.start() > dem.end()
            && JOINER.matcher(text.substring(dem.end(), org.start())).matches()) {
          out.remove(dem);
          out.remove(org);
          out.add(new Mention(dem.start(), org.end(), text.substring(dem.start(), org.end()), Mention.Kind.NAME,
              EntityType.ORGANIZATION, org.sentence(), null, dem.country(), null));
        }
      }
    }
    return out;
  }

  /**
   * "UN Interim Force" + "in" + "Lebanon" + "(UNIFIL)": when the bracketed acronym abbreviates the
   * whole, the place is part of the organisation's name.
   */
  static List<Mention> joinPlaceOfName(List<Mention> ms, String text) {
    List<Mention> out = new ArrayList<>(ms);
    for (Mention org : ms) {
      if (org.kind() != Mention.Kind.NAME || org.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Mention place : ms) {
        if (place.start() <= org.end() || place.start() - org.end() > 5
            || place.type() != EntityType.COUNTRY && place.type() != EntityType.LOCATION
            || !OF_PLACE.matcher(text.substring(org.end(), place.start())).matches()) {
          continue;
        }
        Matcher acr = BRACKETED.matcher(text.substring(place.end(), Math.min(text.length(), place.end() + 14)));
        String whole = text.substring(org.start(), place.end());
        if (acr.lookingAt() && EntityGrouper.isAcronym(acr.group(1)) && EntityGrouper.abbreviates(acr.group(1), whole)
            && !EntityGrouper.initialsCover(acr.group(1).toLowerCase(Locale.ROOT), org.text())) {
          out.remove(org);
          out.remove(place);
          out.add(new Mention(org.start(), place.end(), whole, Mention.Kind.NAME, EntityType.ORGANIZATION, org.sentence(),
              null, null, null));
        }
      }
    }
    return out;
  }
}
