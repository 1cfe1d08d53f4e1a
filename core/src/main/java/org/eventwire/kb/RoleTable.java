package org.eventwire.kb;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Role words and phrases from roles.tsv and the sector each implies. */
final class RoleTable {

  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "in", "on", "at", "from", "with");
  private static final Set<String> KINDS = Set.of("person", "collective", "modifier");

  private record Role(String phrase, String sector, RoleKind kind, boolean generic) {}

  private final Map<String, Role> roles;
  private final Map<String, String> modifiers;
  private final int longestModifier;

  private RoleTable(Map<String, Role> roles, Map<String, String> modifiers) {
    this.roles = Map.copyOf(roles);
    this.modifiers = Map.copyOf(modifiers);
    this.longestModifier = modifiers.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
  }

  static RoleTable load(LexiconFiles files) {
    Map<String, Role> roles = new HashMap<>();
    Map<String, String> modifiers = new HashMap<>();
    for (TsvRow row : files.rows("roles.tsv", r -> KbText.key(r.col(0)) + "\t" + r.col(2))) {
      String phrase = row.required(0, "phrase");
      String key = KbText.key(phrase);
      String sector = row.required(1, "sector");
      if (!Sectors.ALL.contains(sector)) {
        throw row.error("sector '" + sector + "' is not one of " + Sectors.ALL);
      }
      String kind = row.required(2, "kind").toLowerCase(Locale.ROOT);
      if (!KINDS.contains(kind)) {
        throw row.error("kind '" + kind + "' is not person, collective or modifier");
      }
      if (kind.equals("modifier")) {
        modifiers.putIfAbsent(key, sector);
      } else {
        RoleKind rk = kind.equals("person") ? RoleKind.PERSON : RoleKind.COLLECTIVE;
        roles.putIfAbsent(key, new Role(phrase, sector, rk, row.col(4).equalsIgnoreCase("generic")));
      }
    }
    return new RoleTable(roles, modifiers);
  }

  /**
   * The sector of {@code phrase}: the whole phrase if known, else its longest known tail before any
   * preposition ("caretaker foreign minister" by "foreign minister"). A generic role ("spokesman",
   * "official", "commander") takes the sector of the nearest modifier word around it ("military
   * spokesman" MIL, "head of the police" COP).
   */
  Optional<RoleSector> sectorOf(String phrase) {
    String[] toks = KbText.key(phrase).split(" ");
    if (toks.length == 0 || toks[0].isEmpty()) {
      return Optional.empty();
    }
    Role whole = roles.get(String.join(" ", toks));
    if (whole != null) {
      return Optional.of(new RoleSector(phrase, whole.sector(), whole.kind(), whole.phrase()));
    }
    int core = toks.length;
    for (int i = 1; i < toks.length; i++) {
      if (PREPOSITIONS.contains(toks[i])) {
        core = i;
        break;
      }
    }
    for (int from = 0; from < core; from++) {
      Role r = roles.get(String.join(" ", Arrays.copyOfRange(toks, from, core)));
      if (r == null) {
        continue;
      }
      if (r.generic()) {
        Optional<String[]> mod = nearestModifier(toks, from, core);
        if (mod.isPresent()) {
          return Optional.of(new RoleSector(phrase, mod.get()[1], r.kind(), mod.get()[0]));
        }
      }
      return Optional.of(new RoleSector(phrase, r.sector(), r.kind(), r.phrase()));
    }
    return Optional.empty();
  }

  /** The modifier closest before toks[headFrom], else the first after the preposition; [phrase, sector]. */
  private Optional<String[]> nearestModifier(String[] toks, int headFrom, int core) {
    for (int end = headFrom; end > 0; end--) {
      Optional<String[]> m = modifierEndingAt(toks, end);
      if (m.isPresent()) {
        return m;
      }
    }
    for (int end = core + 1; end <= toks.length; end++) {
      Optional<String[]> m = modifierEndingAt(toks, end);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  private Optional<String[]> modifierEndingAt(String[] toks, int end) {
    for (int len = Math.min(longestModifier, end); len >= 1; len--) {
      String key = String.join(" ", Arrays.copyOfRange(toks, end - len, end));
      String sector = modifiers.get(key);
      if (sector != null) {
        return Optional.of(new String[] {key, sector});
      }
    }
    return Optional.empty();
  }

  /** Every role phrase with its sector (modifiers excluded). */
  List<RoleSector> all() {
    return roles.values().stream().map(r -> new RoleSector(r.phrase(), r.sector(), r.kind(), r.phrase())).toList();
  }
}
