package org.eventwire.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eventwire.model.ActorCode;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.Event;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.model.GeoPoint;
import org.eventwire.model.Origin;
import org.eventwire.model.Span;

/**
 * Deterministic synthetic analysis records of realistic size for benchmarks and crash tests:
 * about 3,000 characters of text, 15 entities, 5 events, dates over two years, and about 3% copies
 * of a recent record with the opening sentence rewritten. Record {@code i} is the same on every run.
 */
public final class SyntheticRecords {
  private record Actor(String name, EntityType type, String country, String sector) {}

  private static final List<Actor> ACTORS = List.of(
      new Actor("Pakistan", EntityType.COUNTRY, "PAK", null), new Actor("Afghanistan", EntityType.COUNTRY, "AFG", null),
      new Actor("Israel", EntityType.COUNTRY, "ISR", null), new Actor("Lebanon", EntityType.COUNTRY, "LBN", null),
      new Actor("Iran", EntityType.COUNTRY, "IRN", null), new Actor("United States", EntityType.COUNTRY, "USA", null),
      new Actor("Russia", EntityType.COUNTRY, "RUS", null), new Actor("Ukraine", EntityType.COUNTRY, "UKR", null),
      new Actor("India", EntityType.COUNTRY, "IND", null), new Actor("China", EntityType.COUNTRY, "CHN", null),
      new Actor("Shehbaz Sharif", EntityType.PERSON, "PAK", "GOV"), new Actor("Jalil Abbas Jilani", EntityType.PERSON, "PAK", "GOV"),
      new Actor("Zabihullah Mujahid", EntityType.PERSON, "AFG", "GOV"), new Actor("Benjamin Netanyahu", EntityType.PERSON, "ISR", "GOV"),
      new Actor("Daniel Hagari", EntityType.PERSON, "ISR", "MIL"), new Actor("Najib Mikati", EntityType.PERSON, "LBN", "GOV"),
      new Actor("Antony Blinken", EntityType.PERSON, "USA", "GOV"), new Actor("Volodymyr Zelensky", EntityType.PERSON, "UKR", "GOV"),
      new Actor("Sergei Lavrov", EntityType.PERSON, "RUS", "GOV"), new Actor("Hezbollah", EntityType.ORGANIZATION, "LBN", "REB"),
      new Actor("Tehreek-e-Taliban Pakistan", EntityType.ORGANIZATION, "PAK", "REB"),
      new Actor("Pakistan Army", EntityType.ORGANIZATION, "PAK", "MIL"), new Actor("Israel Defense Forces", EntityType.ORGANIZATION, "ISR", "MIL"),
      new Actor("United Nations", EntityType.ORGANIZATION, null, "IGO"), new Actor("Red Cross", EntityType.ORGANIZATION, null, "NGO"),
      new Actor("Hamas", EntityType.ORGANIZATION, "PSE", "REB"), new Actor("Islamic State", EntityType.ORGANIZATION, null, "REB"),
      new Actor("Punjab Police", EntityType.ORGANIZATION, "PAK", "COP"), new Actor("Pakistan Tehreek-e-Insaf", EntityType.ORGANIZATION, "PAK", "OPP"),
      new Actor("European Union", EntityType.ORGANIZATION, null, "IGO"));
  private static final List<Actor> PLACES = List.of(
      new Actor("Kabul", EntityType.LOCATION, "AFG", null), new Actor("Islamabad", EntityType.LOCATION, "PAK", null),
      new Actor("Peshawar", EntityType.LOCATION, "PAK", null), new Actor("Torkham", EntityType.LOCATION, "PAK", null),
      new Actor("Beirut", EntityType.LOCATION, "LBN", null), new Actor("Golan Heights", EntityType.LOCATION, "SYR", null),
      new Actor("Gaza", EntityType.LOCATION, "PSE", null), new Actor("Kyiv", EntityType.LOCATION, "UKR", null),
      new Actor("Moscow", EntityType.LOCATION, "RUS", null), new Actor("Tehran", EntityType.LOCATION, "IRN", null));
  private static final String[] WORDS = ("the a of to in on and for with that said officials government minister talks"
      + " border attack security forces militants ceasefire truce agreement meeting delegation visit trade sanctions"
      + " protest rally strike police arrested killed wounded rocket drone missile air strike village town province"
      + " capital region troops army spokesman statement told reporters on Monday Tuesday Wednesday Thursday Friday"
      + " Saturday Sunday week month year last next after before during amid despite crossing refugees aid humanitarian"
      + " supplies convoy hospital civilians children election parliament opposition court judge ruling ban blockade"
      + " negotiations mediator envoy summit foreign affairs ministry defence interior economy inflation fuel prices"
      + " demanded urged accused denied rejected condemned welcomed praised warned threatened promised agreed signed"
      + " deployed withdrew released detained seized shelled fired launched intercepted claimed responsibility group"
      + " leader commander fighters soldiers checkpoint operation raid camp hideout network funding weapons evidence"
      + " report investigation inquiry committee council resolution vote session crisis tensions relations bilateral"
      + " cooperation intelligence exchange prisoners hostages families residents displaced shelter winter water power").split(" ");
  /** Zipf-distributed vocabulary: the real words above by rank, then pronounceable rare words up to this size. */
  private static final int VOCABULARY = 8000;
  private static final String[] VOCAB = vocabulary();
  private static final double[] CUMULATIVE = zipf(VOCABULARY);
  private static final String[] PROVIDERS = {"Khaama Press", "Dawn", "Jordan Times", "Tolo News", "The Express Tribune",
      "Arab News", "Kyiv Independent", "Times of Israel", "Daily Star", "Levant Review", "Ariana News", "Pajhwok"};
  private static final LocalDate START = LocalDate.of(2022, 1, 1);

  private final long seed;
  private final int total;

  public SyntheticRecords(long seed, int total) {
    this.seed = seed;
    this.total = total;
  }

  /** Record {@code i} of {@code total}. */
  public AnalysisRecord get(int i) {
    Random r = new Random(seed * 1_000_003L + i);
    if (i > 10 && r.nextInt(100) < 3) {
      return copyOf(i, i - 1 - r.nextInt(Math.min(i - 1, 50)), r);
    }
    LocalDate day = START.plusDays((long) i * 730 / Math.max(1, total));
    Map<String, Actor> picked = new LinkedHashMap<>();
    while (picked.size() < 12) {
      Actor a = ACTORS.get(r.nextInt(ACTORS.size()));
      picked.putIfAbsent(a.name(), a);
    }
    while (picked.size() < 15) {
      Actor a = PLACES.get(r.nextInt(PLACES.size()));
      picked.putIfAbsent(a.name(), a);
    }
    List<Actor> actors = new ArrayList<>(picked.values());
    StringBuilder text = new StringBuilder(3200);
    List<Span> sentences = new ArrayList<>();
    while (text.length() < 3000) {
      int start = text.length();
      sentence(r, actors, text);
      sentences.add(new Span(start, text.length()));
      text.append(r.nextInt(5) == 0 ? "\n\n" : " ");
    }
    String body = text.toString().strip();
    List<Entity> entities = new ArrayList<>();
    for (int k = 0; k < actors.size(); k++) {
      Actor a = actors.get(k);
      int at = Math.max(0, body.indexOf(a.name()));
      entities.add(new Entity("e" + (k + 1), a.name(), a.type(), List.of(), List.of(),
          a.type() == EntityType.LOCATION ? null : ActorCode.of(a.country(), a.sector()),
          a.type() == EntityType.LOCATION || a.type() == EntityType.COUNTRY ? new GeoPoint(a.country(), null, null) : null,
          body.contains(a.name()) ? List.of(new Span(at, at + a.name().length())) : List.of()));
    }
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      EventType type = EventType.values()[r.nextInt(EventType.values().length)];
      EventMode mode = r.nextInt(10) < 7 ? EventMode.ASSERTED : EventMode.values()[1 + r.nextInt(3)];
      Span ev = sentences.get(r.nextInt(sentences.size()));
      events.add(new Event(type, mode, "e" + (1 + r.nextInt(12)), "e" + (1 + r.nextInt(12)),
          day.minusDays(r.nextInt(2)).toString(), r.nextBoolean() ? "e" + (13 + r.nextInt(3)) : null,
          type.name().toLowerCase(), new Span(ev.start(), Math.min(ev.end(), body.length())), (50 + r.nextInt(50)) / 100.0, null));
    }
    String title = ACTORS.get(r.nextInt(ACTORS.size())).name() + " " + words(r, 7);
    Article a = new Article(String.format("SYN%08d", i), null, title, day.toString(), PROVIDERS[r.nextInt(PROVIDERS.length)],
        "MENAFN", "en", body, new Origin("synthetic.jsonl", i));
    return new AnalysisRecord(a, entities, List.of(), events, null, null);
  }

  private AnalysisRecord copyOf(int i, int of, Random r) {
    AnalysisRecord o = get(of);
    String text = o.article().text();
    int firstEnd = text.indexOf('.') + 1;
    String opening = Character.toUpperCase(words(r, 1).charAt(0)) + words(r, 14).substring(1) + ".";
    int shift = opening.length() - firstEnd;
    String body = opening + text.substring(firstEnd);
    List<Entity> entities = o.entities().stream().map(e -> new Entity(e.id(), e.name(), e.type(), e.aliases(), e.roles(),
        e.actor(), e.location(), e.mentions().stream().filter(s -> s.start() >= firstEnd)
            .map(s -> new Span(s.start() + shift, s.end() + shift)).toList())).toList();
    List<Event> events = o.events().stream().map(e -> new Event(e.type(), e.mode(), e.source(), e.target(), e.date(),
        e.location(), e.trigger(), new Span(Math.max(0, e.span().start() + shift), Math.max(0, e.span().end() + shift)),
        e.confidence(), e.attributedTo())).toList();
    Article a = new Article(String.format("SYN%08d", i), null, o.article().title(),
        LocalDate.parse(o.article().published()).plusDays(r.nextInt(2)).toString(), PROVIDERS[r.nextInt(PROVIDERS.length)],
        "MENAFN", "en", body, new Origin("synthetic.jsonl", i));
    return new AnalysisRecord(a, entities, List.of(), events, null, null);
  }

  private static void sentence(Random r, List<Actor> actors, StringBuilder out) {
    int n = 14 + r.nextInt(12);
    int start = out.length();
    for (int w = 0; w < n; w++) {
      if (w > 0) {
        out.append(' ');
      }
      out.append(r.nextInt(10) == 0 ? actors.get(r.nextInt(actors.size())).name() : word(r));
    }
    out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
    out.append('.');
  }

  private static String words(Random r, int n) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < n; w++) {
      s.append(w > 0 ? " " : "").append(word(r));
    }
    return s.toString();
  }

  /** A word drawn by Zipf's law, as in real text: a few words everywhere, most words rare. */
  private static String word(Random r) {
    int i = java.util.Arrays.binarySearch(CUMULATIVE, r.nextDouble());
    return VOCAB[Math.min(VOCABULARY - 1, i < 0 ? -i - 1 : i)];
  }

  /**
   * Function words take the top ranks; the real content words are spread over the ranks (every
   * 25th from rank 40), as in news, where "sanctions" is in a few percent of articles, not most.
   */
  private static String[] vocabulary() {
    String[] v = new String[VOCABULARY];
    String[] syll = {"ka", "ri", "mo", "ten", "sul", "bar", "da", "vi", "nor", "es", "ul", "ham", "pe", "zo", "lin", "gar"};
    Random r = new Random(7);
    for (int i = 0; i < VOCABULARY; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 0, n = 2 + r.nextInt(3); k < n; k++) {
        w.append(syll[r.nextInt(syll.length)]);
      }
      v[i] = w.toString();
    }
    int function = 11;
    System.arraycopy(WORDS, 0, v, 0, function);
    for (int k = function; k < WORDS.length; k++) {
      v[40 + (k - function) * 25] = WORDS[k];
    }
    return v;
  }

  private static double[] zipf(int n) {
    double[] c = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 1);
      c[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      c[i] /= sum;
    }
    return c;
  }
}
