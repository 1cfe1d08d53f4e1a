package org.eventwire.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eventwire.model.EntityType;

/**
 * The knowledge base: known countries, organisations (IGOs, armed groups, institutions, media, NGOs),
 * descriptive phrases, role words and a gazetteer, read from the TSV files in
 * {@code org/eventwire/kb/} and optionally a user lexicon folder. Immutable and thread-safe once loaded.
 */
public final class KnowledgeBase {

  private final ActorCatalog actors;
  private final RoleTable roles;
  private final Gazetteer gazetteer;

  private KnowledgeBase(ActorCatalog actors, RoleTable roles, Gazetteer gazetteer) {
    this.actors = actors;
    this.roles = roles;
    this.gazetteer = gazetteer;
  }

  private static volatile KnowledgeBase bundled;

  /**
   * The bundled knowledge base, loaded once per JVM.
   *
   * @throws KbLoadException if a bundled file is broken
   */
  public static KnowledgeBase loadDefault() {
    KnowledgeBase kb = bundled;
    if (kb == null) {
      synchronized (KnowledgeBase.class) {
        kb = bundled;
        if (kb == null) {
          kb = load(KbConfig.defaults());
          bundled = kb;
        }
      }
    }
    return kb;
  }

  /**
   * Loads the bundled files, extended or overridden by those in {@code config.userLexiconDir()}.
   *
   * @throws KbLoadException naming the file and line of the first bad row
   */
  public static KnowledgeBase load(KbConfig config) {
    Objects.requireNonNull(config, "config");
    LexiconFiles files = new LexiconFiles(config);
    ActorCatalog actors = ActorCatalog.load(files);
    return new KnowledgeBase(actors, RoleTable.load(files), Gazetteer.load(files, actors.countries.keySet()));
  }

  /**
   * The actor {@code surfaceForm} names on {@code onDate} (null: any date): a country name, alias or
   * demonym, an organisation name or alias, or a descriptive phrase. Case is ignored except for short
   * all-capital acronyms ("IS", "US"); a leading "the" is skipped.
   */
  public Optional<KbActor> actor(String surfaceForm, LocalDate onDate) {
    return actor(surfaceForm, onDate, Set.of());
  }

  /** As {@link #actor(String, LocalDate)}, preferring context aliases of {@code contextCountries} (ISO alpha-3). */
  public Optional<KbActor> actor(String surfaceForm, LocalDate onDate, Set<String> contextCountries) {
    return actors.index.lookup(surfaceForm, onDate, contextCountries).stream()
        .filter(f -> f.kind() != MatchKind.CAPITAL)
        .map(MentionIndex.Form::actor).findFirst();
  }

  /** The organisation or country with this canonical name or ISO alpha-3 code (exact, case-insensitive). */
  public Optional<KbActor> actorByName(String canonicalName) {
    KbActor a = actors.actorsByName.get(canonicalName.toLowerCase(Locale.ROOT));
    return a != null ? Optional.of(a)
        : Optional.ofNullable(actors.countryActors.get(canonicalName.toUpperCase(Locale.ROOT)));
  }

  /**
   * Every known actor name, alias, description, country name, demonym and capital in {@code text}, as
   * non-overlapping spans in text order; the longest match wins. Proper names must be capitalised in
   * the text, short acronyms written exactly. Forms valid only on other dates than {@code onDate}
   * (null: any date) are not matched.
   */
  public List<KbMention> findMentions(String text, LocalDate onDate) {
    return findMentions(text, onDate, Set.of());
  }

  /** As {@link #findMentions(String, LocalDate)}, resolving context aliases for {@code contextCountries}. */
  public List<KbMention> findMentions(String text, LocalDate onDate, Set<String> contextCountries) {
    return actors.index.find(text, onDate, contextCountries);
  }

  /** The country with this ISO alpha-3 code (in capitals), name, alias or demonym ("PAK", "Pakistan", "Pakistani"). */
  public Optional<Country> country(String nameOrDemonymOrIso3) {
    String s = nameOrDemonymOrIso3.strip();
    Country byCode = actors.countries.get(s);
    if (byCode != null) {
      return Optional.of(byCode);
    }
    return actors.index.lookup(s, null, Set.of()).stream()
        .filter(f -> f.actor().type() == EntityType.COUNTRY && f.kind() != MatchKind.CAPITAL)
        .map(f -> actors.countries.get(f.actor().id())).findFirst();
  }

  /** The country whose capital is {@code city} ("Islamabad" gives Pakistan). */
  public Optional<Country> countryOfCapital(String city) {
    return actors.index.lookup(city, null, Set.of()).stream()
        .filter(f -> f.kind() == MatchKind.CAPITAL)
        .map(f -> actors.countries.get(f.actor().id())).findFirst();
  }

  /** Every country and territory, in file order. */
  public List<Country> countries() {
    return List.copyOf(actors.countries.values());
  }

  /** Every organisation (IGOs, groups, institutions). */
  public List<KbActor> organisations() {
    return new ArrayList<>(actors.actorsByName.values());
  }

  /**
   * The sector a role phrase implies ("caretaker foreign minister" GOV, "military spokesman" MIL,
   * "special representative for Afghanistan affairs" GOV), or empty for an unknown role.
   */
  public Optional<RoleSector> sectorOfRole(String rolePhrase) {
    return roles.sectorOf(rolePhrase);
  }

  /** Every role phrase (not modifiers) with its sector. */
  public List<RoleSector> roles() {
    return roles.all();
  }

  /**
   * The city or region called {@code name}, preferring one in {@code countryHintIso3} (may be null),
   * then the most populous.
   */
  public Optional<Place> place(String name, String countryHintIso3) {
    return gazetteer.find(name, countryHintIso3);
  }
}
