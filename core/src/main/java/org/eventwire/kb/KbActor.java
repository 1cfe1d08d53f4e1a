package org.eventwire.kb;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eventwire.model.ActorCode;
import org.eventwire.model.EntityType;

/**
 * A known actor: a country or an organisation (IGO, armed group, institution).
 *
 * @param id stable key: the ISO alpha-3 code for a country, the canonical name otherwise
 * @param name canonical name
 * @param type {@link EntityType#COUNTRY} or {@link EntityType#ORGANIZATION}
 * @param aliases other names (without date or context suffixes)
 * @param country home country ISO alpha-3, or null for international bodies
 * @param codes the actor codes with their validity, at least one
 */
public record KbActor(String id, String name, EntityType type, List<String> aliases, String country,
    List<DatedCode> codes) {

  public KbActor {
    aliases = List.copyOf(aliases);
    codes = List.copyOf(codes);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("actor " + name + " has no code");
    }
  }

  /**
   * The code that applies on {@code date}: the first listed code whose validity contains it. For a null
   * date, or a date no code covers, the newest code: an open-ended one with the latest start, else the
   * one that ended last.
   */
  public ActorCode codeOn(LocalDate date) {
    if (date != null) {
      for (DatedCode c : codes) {
        if (c.validity().contains(date)) {
          return c.code();
        }
      }
    }
    Comparator<DatedCode> newest = Comparator
        .comparing((DatedCode c) -> c.validity().isOpenEnded())
        .thenComparing(c -> c.validity().to() == null ? LocalDate.MAX : c.validity().to())
        .thenComparing(c -> c.validity().from() == null ? LocalDate.MIN : c.validity().from());
    return codes.stream().max(newest).orElseThrow().code();
  }
}
