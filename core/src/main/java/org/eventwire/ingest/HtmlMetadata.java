package org.eventwire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's article metadata: headline, publication date, publisher, address and language,
 * from Open Graph and article meta tags, JSON-LD ({@code NewsArticle} and kin, also inside
 * {@code @graph}), {@code <title>} and the first {@code <h1>}, in that order of trust. Any field
 * may be null.
 */
public record HtmlMetadata(String title, String published, String provider, String url, String language) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{10,})\\s+[|\u2013\u2014\u00B7-]\\s+([^|\u2013\u2014\u00B7]{2,60})$");
  private static final Pattern LANGUAGE = Pattern.compile("^([A-Za-z]{2,3})([-_].*)?$");

  /** Reads the metadata of a parsed page. */
  public static HtmlMetadata of(Document doc) {
    JsonLd ld = JsonLd.of(doc);
    String rawTitle = clean(doc.title());
    String[] split = splitTitle(rawTitle);
    String title = first(meta(doc, "og:title"), ld.headline, meta(doc, "twitter:title"), split[0], h1(doc));
    String published = first(date(meta(doc, "article:published_time")), date(ld.datePublished),
        date(meta(doc, "datePublished")), date(meta(doc, "pubdate")), date(meta(doc, "date")),
        date(meta(doc, "dc.date")), date(meta(doc, "DC.date.issued")), date(meta(doc, "parsely-pub-date")),
        date(itemprop(doc, "datePublished")), date(articleTime(doc)));
    String provider = first(meta(doc, "og:site_name"), ld.publisher, meta(doc, "application-name"), split[1]);
    String url = first(meta(doc, "og:url"), canonical(doc));
    return new HtmlMetadata(title, published, provider, url, language(doc));
  }

  /** The content of a {@code <meta property|name=…>} tag, or null. */
  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))) {
        String v = clean(m.attr("content"));
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  private static String itemprop(Document doc, String prop) {
    Element e = doc.selectFirst("[itemprop=" + prop + "]");
    if (e == null) {
      return null;
    }
    return clean(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
  }

  /** The first {@code <time datetime>} of the first {@code <article>}: the story's own timestamp. */
  private static String articleTime(Document doc) {
    Element t = doc.selectFirst("article time[datetime]");
    return t == null ? null : clean(t.attr("datetime"));
  }

  private static String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    return link == null ? null : clean(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
  }

  private static String h1(Document doc) {
    Element h = doc.selectFirst("h1");
    return h == null ? null : clean(h.text());
  }

  private static String language(Document doc) {
    Element html = doc.selectFirst("html[lang]");
    String lang = html == null ? meta(doc, "og:locale") : html.attr("lang");
    if (lang == null) {
      return null;
    }
    Matcher m = LANGUAGE.matcher(lang.trim());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** The {@code yyyy-MM-dd} date at the start of an ISO date or date-time, or null. */
  static String date(String iso) {
    if (iso == null) {
      return null;
    }
    Matcher m = DATE.matcher(iso);
    return m.find() ? m.group(1) : null;
  }

  /** {@code <title>} split into headline and site name where it ends in " | Site" (or –, —, -, ·). */
  private static String[] splitTitle(String title) {
    if (title == null) {
      return new String[] {null, null};
    }
    Matcher m = TITLE_SUFFIX.matcher(title);
    return m.matches() ? new String[] {m.group(1).trim(), m.group(2).trim()} : new String[] {title, null};
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").trim();
    return t.isEmpty() ? null : t;
  }

  /** The fields of the page's JSON-LD article object, if it has one. */
  private record JsonLd(String headline, String datePublished, String publisher) {
    static JsonLd of(Document doc) {
      for (Element script : doc.select("script[type=application/ld+json]")) {
        JsonNode root;
        try {
          root = JSON.readTree(script.data());
        } catch (IOException e) {
          // Broken JSON-LD is common on real pages; the other sources of metadata still apply.
          continue;
        }
        for (JsonNode n : objects(root)) {
          if (isArticle(n.path("@type"))) {
            JsonNode pub = n.path("publisher");
            String publisher = pub.isTextual() ? pub.asText() : text(pub.isArray() ? pub.path(0) : pub, "name");
            return new JsonLd(text(n, "headline"), text(n, "datePublished"), publisher);
          }
        }
      }
      return new JsonLd(null, null, null);
    }

    private static List<JsonNode> objects(JsonNode root) {
      List<JsonNode> out = new ArrayList<>();
      if (root == null) {
        return out;
      }
      if (root.isArray()) {
        root.forEach(n -> out.addAll(objects(n)));
      } else if (root.isObject()) {
        out.add(root);
        if (root.path("@graph").isArray()) {
          root.path("@graph").forEach(n -> out.addAll(objects(n)));
        }
      }
      return out;
    }

    private static boolean isArticle(JsonNode type) {
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (isArticle(t)) {
            return true;
          }
        }
        return false;
      }
      String t = type.asText("");
      return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting");
    }

    private static String text(JsonNode n, String field) {
      JsonNode v = n.path(field);
      return v.isTextual() ? clean(v.asText()) : null;
    }
  }
}
