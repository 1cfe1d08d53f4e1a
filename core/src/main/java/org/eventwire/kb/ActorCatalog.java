package org.eventwire.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.kb.MentionIndex.Meaning;
import org.eventwire.kb.MentionIndex.Scan;
import org.eventwire.model.ActorCode;
import org.eventwire.model.EntityType;
import org.eventwire.model.GeoPoint;

/**
 * Countries, organisations and descriptive phrases read from countries.tsv, igos.tsv, groups.tsv,
 * institutions.tsv and descriptions.tsv, with the mention index over all their forms.
 */
final class ActorCatalog {

  static final List<String> ACTOR_FILES = List.of("igos.tsv", "groups.tsv", "institutions.tsv");

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern CONTEXT_SUFFIX = Pattern.compile("\\{\\s*([A-Z]{3}(?:\\s*,\\s*[A-Z]{3})*)\\s*}$");
  private static final Pattern DATE_SUFFIX = Pattern.compile("@([0-9-]*\\.\\.[0-9-]*)$");
  private static final Pattern QUALIFIED = Pattern.compile("^(.+?)\\s*\\([^)]*\\)$");
  private static final Pattern PLACEHOLDER = Pattern.compile("^\\{([A-Z]{3})}\\s*(.+)$");

  final Map<String, Country> countries;
  final Map<String, KbActor> countryActors;
  final Map<String, KbActor> actorsByName;
  final MentionIndex index;

  private ActorCatalog(Map<String, Country> countries, Map<String, KbActor> countryActors,
      Map<String, KbActor> actorsByName, MentionIndex index) {
    this.countries = Collections.unmodifiableMap(countries);
    this.countryActors = Collections.unmodifiableMap(countryActors);
    this.actorsByName = Collections.unmodifiableMap(actorsByName);
    this.index = index;
  }

  /** A parsed form with its optional suffixes. */
  private record FormSpec(String text, Validity validity, Set<String> context) {}

  static ActorCatalog load(LexiconFiles files) {
    MentionIndex.Builder index = new MentionIndex.Builder();
    Map<String, Country> countries = new LinkedHashMap<>();
    Map<String, KbActor> countryActors = new LinkedHashMap<>();
    for (TsvRow row : files.rows("countries.tsv", r -> r.col(0))) {
      Country c = country(row);
      if (countries.putIfAbsent(c.iso3(), c) != null) {
        throw row.error("duplicate iso3 " + c.iso3());
      }
      KbActor actor = new KbActor(c.iso3(), c.name(), EntityType.COUNTRY, c.aliases(), c.iso3(),
          List.of(new DatedCode(ActorCode.of(c.iso3(), null), Validity.ALWAYS)));
      countryActors.put(c.iso3(), actor);
      index.add(stripThe(c.name()), Meaning.plain(actor, MatchKind.NAME));
      c.aliases().forEach(a -> index.add(stripThe(a), Meaning.plain(actor, MatchKind.ALIAS)));
      c.demonyms().forEach(d -> index.add(d, Meaning.plain(actor, MatchKind.DEMONYM)));
      Scan scan = row.col(10).equalsIgnoreCase("no") ? Scan.LOOKUP_ONLY : Scan.TEXT_AND_LOOKUP;
      for (String cap : row.col(5).split("\\|")) {
        index.add(cap.strip(), new Meaning(actor, MatchKind.CAPITAL, Validity.ALWAYS, Set.of(), scan));
      }
    }
    Map<String, KbActor> byName = new HashMap<>();
    for (String file : ACTOR_FILES) {
      for (TsvRow row : files.rows(file, r -> r.col(0).toLowerCase(Locale.ROOT))) {
        String name = row.required(0, "name");
        List<FormSpec> aliases = new ArrayList<>();
        for (String a : row.col(1).split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(formSpec(row, a.strip()));
          }
        }
        String home = row.col(2);
        if (!home.isEmpty()) {
          requireCountry(row, home, countries);
        }
        List<DatedCode> codes = codes(row, row.required(3, "codes"), countries);
        Set<String> plainAliases = new LinkedHashSet<>();
        aliases.forEach(a -> plainAliases.add(a.text()));
        KbActor actor = new KbActor(name, name, EntityType.ORGANIZATION, List.copyOf(plainAliases),
            home.isEmpty() ? null : home, codes);
        if (byName.putIfAbsent(name.toLowerCase(Locale.ROOT), actor) != null) {
          throw row.error("the name '" + name + "' is already used by another entry");
        }
        index.add(stripThe(name), Meaning.plain(actor, MatchKind.NAME));
        Matcher q = QUALIFIED.matcher(name);
        if (q.matches() && !home.isEmpty()) {
          // "Dawn (newspaper)", "Democratic Party (United States)": the bare name only in a home-country story.
          index.add(stripThe(q.group(1)),
              new Meaning(actor, MatchKind.NAME, Validity.ALWAYS, Set.of(home), Scan.TEXT_AND_LOOKUP));
        }
        for (FormSpec a : aliases) {
          index.add(stripThe(a.text()),
              new Meaning(actor, MatchKind.ALIAS, a.validity(), a.context(), Scan.TEXT_AND_LOOKUP));
        }
      }
    }
    for (TsvRow row : files.rows("descriptions.tsv", r -> KbText.key(r.col(0)))) {
      addDescription(row, index, countries, byName);
    }
    return new ActorCatalog(countries, countryActors, byName, index.build());
  }

  private static Country country(TsvRow row) {
    String iso3 = row.required(0, "iso3");
    if (!ISO3.matcher(iso3).matches()) {
      throw row.error("iso3 '" + iso3 + "' is not three capital letters");
    }
    String capitals = row.col(5);
    String capital = capitals.isEmpty() ? null : capitals.split("\\|")[0].strip();
    GeoPoint centroid = new GeoPoint(iso3, number(row, 8, "lat"), number(row, 9, "lon"));
    Double capLat = number(row, 6, "cap_lat");
    GeoPoint capitalPoint = capital == null || capLat == null ? null
        : new GeoPoint(iso3, capLat, number(row, 7, "cap_lon"));
    return new Country(iso3, row.col(1), row.required(2, "name"), split(row.col(3)), split(row.col(4)),
        capital, centroid, capitalPoint);
  }

  private static void addDescription(TsvRow row, MentionIndex.Builder index, Map<String, Country> countries,
      Map<String, KbActor> byName) {
    String phrase = row.required(0, "phrase");
    String target = row.required(1, "actor");
    KbActor actor = byName.get(target.toLowerCase(Locale.ROOT));
    if (actor == null) {
      throw row.error("actor '" + target + "' is in no igos/groups/institutions file");
    }
    Meaning description = new Meaning(actor, MatchKind.DESCRIPTION, validity(row, row.col(2)), Set.of(),
        Scan.TEXT_AND_LOOKUP);
    Matcher m = PLACEHOLDER.matcher(phrase);
    if (!m.matches()) {
      index.add(phrase, description);
      return;
    }
    Country c = requireCountry(row, m.group(1), countries);
    List<String> forms = new ArrayList<>();
    forms.add(c.name());
    forms.addAll(c.aliases());
    forms.addAll(c.demonyms());
    for (String f : forms) {
      index.add(f + " " + m.group(2), description);
    }
  }

  private static FormSpec formSpec(TsvRow row, String raw) {
    String text = raw;
    Validity validity = Validity.ALWAYS;
    Set<String> context = Set.of();
    for (int pass = 0; pass < 2; pass++) {
      Matcher d = DATE_SUFFIX.matcher(text);
      if (d.find()) {
        validity = validity(row, d.group(1));
        text = text.substring(0, d.start()).strip();
      }
      Matcher c = CONTEXT_SUFFIX.matcher(text);
      if (c.find()) {
        context = new LinkedHashSet<>(Arrays.asList(c.group(1).replace(" ", "").split(",")));
        text = text.substring(0, c.start()).strip();
      }
    }
    if (text.isEmpty() || text.contains("{") || text.contains("@")) {
      throw row.error("alias '" + raw + "' is not NAME[{ISO3,...}][@FROM..TO]");
    }
    return new FormSpec(text, validity, context);
  }

  private static List<DatedCode> codes(TsvRow row, String cell, Map<String, Country> countries) {
    List<DatedCode> out = new ArrayList<>();
    for (String part : cell.split(";")) {
      String p = part.strip();
      int at = p.indexOf('@');
      String code = at < 0 ? p : p.substring(0, at);
      Validity v = at < 0 ? Validity.ALWAYS : validity(row, p.substring(at + 1));
      out.add(new DatedCode(actorCode(row, code, countries), v));
    }
    return out;
  }

  private static ActorCode actorCode(TsvRow row, String code, Map<String, Country> countries) {
    if (code.length() == 3 && Sectors.ALL.contains(code)) {
      return ActorCode.of(null, code);
    }
    if (code.length() == 3) {
      return ActorCode.of(requireCountry(row, code, countries).iso3(), null);
    }
    if (code.length() == 6 && Sectors.ALL.contains(code.substring(3))) {
      return ActorCode.of(requireCountry(row, code.substring(0, 3), countries).iso3(), code.substring(3));
    }
    throw row.error("code '" + code + "' is not COUNTRY+SECTOR or SECTOR (sectors: " + String.join(" ",
        Sectors.ALL.stream().sorted().toList()) + ")");
  }

  private static Country requireCountry(TsvRow row, String iso3, Map<String, Country> countries) {
    Country c = countries.get(iso3);
    if (c == null) {
      throw row.error("unknown country code '" + iso3 + "' (not in countries.tsv)");
    }
    return c;
  }

  private static Validity validity(TsvRow row, String text) {
    try {
      return Validity.parse(text);
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage(), e);
    }
  }

  private static Double number(TsvRow row, int col, String what) {
    String v = row.col(col);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return Double.valueOf(v);
    } catch (NumberFormatException e) {
      throw row.error(what + " '" + v + "' is not a number", e);
    }
  }

  private static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** "The Associated Press" is found as "Associated Press", also when the article writes "the". */
  private static String stripThe(String form) {
    if (form.regionMatches(true, 0, "the ", 0, 4) && form.length() > 4) {
      return form.substring(4).strip();
    }
    return form;
  }
}
