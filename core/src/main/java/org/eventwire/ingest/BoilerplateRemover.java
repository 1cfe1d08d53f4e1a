package org.eventwire.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body of a web page and returns its paragraphs in order, without navigation,
 * headers, footers, asides, cookie banners, related-story lists, newsletter boxes, ads, scripts,
 * figure captions or bylines. First it drops elements that are boilerplate by their tag, ARIA role
 * or class/id words; then it scores each container by the paragraph text it holds (commas and
 * length count, links count against, {@code <article>}, {@code itemprop=articleBody} and words like
 * "content" or "story" count for) and keeps the paragraphs of the best one. Text that is not in
 * paragraph elements (lines separated by {@code <br>}, as many feeds write it) is split at blank lines
 * instead. Mutates the document.
 */
public final class BoilerplateRemover {
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea,"
          + " nav, footer, aside, header, figure, figcaption, picture, video, audio, dialog, menu, [hidden],"
          + " [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
          + " [role=dialog], [role=alertdialog], [role=search]";
  /** Class/id words of boilerplate blocks, matched as whole tokens of the class and id. */
  private static final Set<String> NEGATIVE_TOKENS = Set.of(
      "ad", "ads", "adv", "advert", "advertisement", "adslot", "nav", "navbar", "navigation", "menu", "footer",
      "header", "masthead", "topbar", "sidebar", "aside", "meta", "byline", "dateline", "author", "tags", "tag",
      "kicker", "caption", "credit", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "comment",
      "comments", "related", "recommended", "newsletter", "subscribe", "signup", "promo", "sponsor", "sponsored",
      "cookie", "cookies", "consent", "gdpr", "banner", "popup", "modal", "widget", "outbrain", "taboola",
      "timestamp", "toolbar", "print", "notice", "disclaimer", "more");
  /** Class/id words of boilerplate blocks, matched anywhere (for run-together names like cookieBanner). */
  private static final Pattern NEGATIVE_SUBSTRING = Pattern.compile(
      "cookie|newsletter|related|advert|sponsor|breadcrumb|subscribe|signup|consent|sidebar|share|social|promo|comment");
  private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|post|story|text|prose");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern RELATED_LINK = Pattern.compile(
      "^((Related|Read more|Read also|Also read|See also|More)\\s*:.*|Advertisement)$", Pattern.CASE_INSENSITIVE);
  private static final String BLOCKS = "p, li, blockquote, pre, td, dd";
  private static final int MIN_PARAGRAPH_CHARS = 2;
  /** A page whose best body holds less text than this has no article (a stray banner line is not one). */
  private static final int MIN_PAGE_BODY_CHARS = 50;
  /**
   * Content that its container already declares to be an article (a feed item) needs only one short
   * sentence: RSS descriptions often are just that, and they still report an event.
   */
  private static final int MIN_CONTENT_BODY_CHARS = 20;
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final int minBodyChars;

  private BoilerplateRemover(int minBodyChars) {
    this.minBodyChars = minBodyChars;
  }

  /** For whole web pages, where navigation-only pages must yield no article. */
  public static BoilerplateRemover forPages() {
    return new BoilerplateRemover(MIN_PAGE_BODY_CHARS);
  }

  /** For HTML declared to be one article's content, such as a feed item's {@code content:encoded}. */
  public static BoilerplateRemover forArticleContent() {
    return new BoilerplateRemover(MIN_CONTENT_BODY_CHARS);
  }

  /**
   * The article's paragraphs, in page order; empty when the page holds no article body.
   *
   * @param doc the parsed page; boilerplate elements are removed from it
   */
  public List<String> paragraphs(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    dropBoilerplate(body);
    Element best = bestContainer(body);
    List<String> out = new ArrayList<>();
    for (Element block : leafBlocks(best == null ? body : best)) {
      String text = block.text().trim();
      if (text.length() >= MIN_PARAGRAPH_CHARS && linkDensity(block) <= 0.5
          && !(RELATED_LINK.matcher(text).matches() && text.length() < 200)) {
        out.add(text);
      }
    }
    Element root = best == null ? body : best;
    if (out.isEmpty() && linkDensity(root) <= 0.5) {
      for (String text : looseParagraphs(root)) {
        if (text.length() >= MIN_PARAGRAPH_CHARS && !(RELATED_LINK.matcher(text).matches() && text.length() < 200)) {
          out.add(text);
        }
      }
    }
    int total = out.stream().mapToInt(String::length).sum();
    return total < minBodyChars ? List.of() : out;
  }

  /**
   * The text of an element without paragraph elements, split where a blank line would show: at
   * block boundaries and at two or more {@code <br>}s in a row.
   */
  private static List<String> looseParagraphs(Element root) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          // Source line breaks are layout, not paragraph breaks: HTML collapses them.
          text.append(SPACES.matcher(t.getWholeText()).replaceAll(" "));
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          text.append('\n');
        } else if (node instanceof Element e && e.isBlock()) {
          text.append("\n\n");
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          text.append("\n\n");
        }
      }
    }, root);
    List<String> out = new ArrayList<>();
    for (String piece : BLANK_LINE.split(text)) {
      String paragraph = SPACES.matcher(piece).replaceAll(" ").trim();
      if (!paragraph.isEmpty()) {
        out.add(paragraph);
      }
    }
    return out;
  }

  private static void dropBoilerplate(Element body) {
    Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    Element main = mainArticle(body);
    for (Element e = main; e != null; e = e.parent()) {
      keep.add(e);
    }
    for (Element e : body.select(NEVER_TEXT)) {
      if (!keep.contains(e)) {
        e.remove();
      }
    }
    for (Element e : body.select("[class], [id]")) {
      if (!keep.contains(e) && isNegative(e)) {
        e.remove();
      }
    }
  }

  /**
   * The {@code <article>} or {@code itemprop=articleBody} element with the most paragraph text, or
   * null: it and its ancestors are never dropped, whatever their names say, while teaser
   * {@code <article>}s in a related-stories box still go.
   */
  private static Element mainArticle(Element body) {
    Element best = null;
    int bestLength = 0;
    for (Element a : body.select("article, [itemprop=articleBody]")) {
      int length = 0;
      for (Element p : a.select("p")) {
        length += p.text().length();
      }
      if (length > bestLength) {
        best = a;
        bestLength = length;
      }
    }
    return best;
  }

  private static boolean isNegative(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String token : TOKEN_SPLIT.split(names)) {
      if (NEGATIVE_TOKENS.contains(token)) {
        return true;
      }
    }
    return NEGATIVE_SUBSTRING.matcher(names).find();
  }

  /** The container whose paragraphs score highest (Readability's idea, simplified). */
  private static Element bestContainer(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, blockquote")) {
      String text = p.text();
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + text.split(",", -1).length - 1 + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = (e.getValue() + classWeight(e.getKey())) * (1 - linkDensity(e.getKey()));
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    // The article may spread its paragraphs over sibling blocks: climb to an <article> or articleBody
    // ancestor if there is one, since it holds them all.
    if (best != null) {
      Element up = best.closest("[itemprop=articleBody], article");
      if (up != null) {
        best = up;
      }
    }
    return best;
  }

  private static double classWeight(Element e) {
    double w = 0;
    if (e.tagName().equals("article")) {
      w += 30;
    }
    if ("articleBody".equals(e.attr("itemprop"))) {
      w += 50;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    if (isNegative(e)) {
      w -= 25;
    }
    return w;
  }

  /** Share of an element's text that sits in links. */
  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / all);
  }

  /** Paragraph-like blocks that hold no other such block, in document order. */
  private static List<Element> leafBlocks(Element root) {
    Elements blocks = root.select(BLOCKS);
    List<Element> out = new ArrayList<>();
    for (Element b : blocks) {
      if (b.select(BLOCKS).size() == 1) {
        out.add(b);
      }
    }
    return out;
  }
}
