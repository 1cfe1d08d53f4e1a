package org.eventwire.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.model.ActorCode;
import org.junit.jupiter.api.Test;

/** Sanity checks of the bundled lexicon files themselves. */
class KbDataTest {

  private static final KnowledgeBase KB = KnowledgeBase.loadDefault();

  @Test
  void everyFileStartsWithCommentsDocumentingItsColumns() throws IOException {
    for (String f : List.of("countries.tsv", "igos.tsv", "groups.tsv", "institutions.tsv", "descriptions.tsv",
        "roles.tsv", "places.tsv")) {
      List<String> lines = lines(f, Integer.MAX_VALUE);
      assertThat(lines.get(0)).as(f).startsWith("#");
      assertThat(String.join("\n", lines.subList(0, 10))).as(f).containsIgnoringCase("column");
    }
  }

  @Test
  void countriesHaveIsoCodesAndUniqueNames() throws IOException {
    List<String[]> rows = rows("countries.tsv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(245);
    Set<String> names = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (String[] r : rows) {
      assertThat(r[0]).as(String.join("|", r)).matches("[A-Z]{3}");
      assertThat(r[1]).as(r[0]).matches("[A-Z]{2}");
      assertThat(codes.add(r[0])).as("duplicate " + r[0]).isTrue();
      assertThat(names.add(r[2])).as("duplicate name " + r[2]).isTrue();
      assertThat(r).as(r[0]).hasSize(11);
    }
    assertThat(KB.countries()).hasSize(rows.size());
    assertThat(KB.countries()).allSatisfy(c -> assertThat(c.centroid().lat()).as(c.iso3()).isBetween(-90.0, 90.0));
  }

  @Test
  void lexiconsHaveTheRequiredSize() throws IOException {
    assertThat(rows("groups.tsv")).hasSizeGreaterThanOrEqualTo(150);
    assertThat(rows("igos.tsv")).hasSizeGreaterThanOrEqualTo(60);
    assertThat(rows("institutions.tsv")).hasSizeGreaterThanOrEqualTo(80);
    assertThat(rows("roles.tsv")).hasSizeGreaterThanOrEqualTo(120);
    assertThat(rows("places.tsv")).hasSizeGreaterThan(20_000);
  }

  @Test
  void canonicalNamesAreUniqueAcrossActorFiles() throws IOException {
    Map<String, String> seen = new HashMap<>();
    for (String f : ActorCatalog.ACTOR_FILES) {
      for (String[] r : rows(f)) {
        String previous = seen.put(r[0].toLowerCase(), f);
        assertThat(previous).as(r[0] + " in " + f + " and " + previous).isNull();
      }
    }
    assertThat(KB.organisations()).hasSize(seen.size());
  }

  @Test
  void everyCodeUsesAKnownCountryAndSector() {
    Set<String> isos = new HashSet<>();
    KB.countries().forEach(c -> isos.add(c.iso3()));
    for (KbActor a : KB.organisations()) {
      for (DatedCode dc : a.codes()) {
        ActorCode c = dc.code();
        assertThat(c.sector()).as(a.name()).isIn(Sectors.ALL);
        if (c.country() != null) {
          assertThat(c.country()).as(a.name()).isIn(isos);
        }
        assertThat(c.code()).isEqualTo((c.country() == null ? "" : c.country()) + c.sector());
      }
    }
    assertThat(KB.roles()).allSatisfy(r -> assertThat(r.sector()).isIn(Sectors.ALL));
  }

  @Test
  void noPlainFormNamesTwoDifferentActors() throws IOException {
    // Context aliases ("Daesh{AFG,PAK}") may repeat another actor's form; plain ones may not.
    Map<String, String> byForm = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (String f : ActorCatalog.ACTOR_FILES) {
      for (String[] r : rows(f)) {
        List<String> forms = new ArrayList<>(List.of(r[1].split("\\|")));
        forms.add(r[0]);
        for (String form : forms) {
          String plain = form.replaceAll("@.*$", "").strip();
          if (plain.isEmpty() || plain.contains("{")) {
            continue;
          }
          String prev = byForm.put(plain, r[0]);
          if (prev != null && !prev.equals(r[0])) {
            clashes.add(plain + ": " + prev + " / " + r[0]);
          }
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void capitalCoordinatesAgreeWithTheGazetteer() {
    int checked = 0;
    List<String> far = new ArrayList<>();
    for (Country c : KB.countries()) {
      if (c.capitalPoint() == null) {
        continue;
      }
      var place = KB.place(c.capital(), c.iso3()).filter(p -> p.country().equals(c.iso3()));
      if (place.isEmpty()) {
        continue;
      }
      checked++;
      double km = km(c.capitalPoint().lat(), c.capitalPoint().lon(), place.get().lat(), place.get().lon());
      if (km > 50) {
        far.add(c.iso3() + " " + c.capital() + " " + Math.round(km) + " km");
      }
    }
    assertThat(checked).isGreaterThan(230);
    assertThat(far).isEmpty();
  }

  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  @Test
  void gazetteerStaysSmall() throws IOException {
    try (InputStream in = KbDataTest.class.getResourceAsStream("/org/eventwire/kb/places.tsv")) {
      assertThat(in.readAllBytes().length).isLessThan(4 * 1024 * 1024);
    }
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(file, Integer.MAX_VALUE)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }

  private static List<String> lines(String file, int max) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        KbDataTest.class.getResourceAsStream("/org/eventwire/kb/" + file), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && out.size() < max) {
        out.add(line);
      }
    }
    return out;
  }
}
