package org.eventwire.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.kb.KbText.Capitals;
import org.eventwire.kb.KbText.CaseRule;
import org.eventwire.kb.KbText.Token;

/**
 * A trie over word tokens of every known form (names, aliases, demonyms, capitals, descriptions),
 * scanned left to right with the longest match winning. Built once by {@link Builder}; read-only after.
 */
final class MentionIndex {

  /** Whether a form is looked for in running text or only in direct lookups. */
  enum Scan {
    TEXT_AND_LOOKUP,
    LOOKUP_ONLY
  }

  /**
   * What a form means.
   *
   * @param context ISO codes of a context alias, empty for a plain form
   */
  record Meaning(KbActor actor, MatchKind kind, Validity validity, Set<String> context, Scan scan) {

    Meaning {
      context = Set.copyOf(context);
    }

    static Meaning plain(KbActor actor, MatchKind kind) {
      return new Meaning(actor, kind, Validity.ALWAYS, Set.of(), Scan.TEXT_AND_LOOKUP);
    }
  }

  /**
   * One lexicon form.
   *
   * @param cased the form's tokens as written in the lexicon (diacritics folded)
   * @param rules how each token must be written in the text
   * @param order load order: earlier entries win ties (user files load first)
   */
  record Form(String[] cased, CaseRule[] rules, Meaning meaning, int order) {

    KbActor actor() {
      return meaning.actor();
    }

    MatchKind kind() {
      return meaning.kind();
    }

    Validity validity() {
      return meaning.validity();
    }

    Set<String> context() {
      return meaning.context();
    }

    boolean accepts(List<Token> tokens, int from, Capitals capitals) {
      for (int k = 0; k < cased.length; k++) {
        if (!KbText.accepts(rules[k], cased[k], tokens.get(from + k), capitals)) {
          return false;
        }
      }
      return true;
    }
  }

  /** What a span resolved to. */
  record Resolved(Form primary, List<ContextualActor> contextual) {}

  private static final Comparator<Form> BEST_FIRST =
      Comparator.comparing(Form::kind).thenComparingInt(Form::order);

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<Form> forms = new ArrayList<>(1);
  }

  private final Node root;

  private MentionIndex(Node root) {
    this.root = root;
  }

  /** Collects forms; not thread-safe, used only while loading. */
  static final class Builder {
    private final Node root = new Node();
    private int order;

    /** Adds {@code form} (ignored when it has no word) with its meaning. */
    void add(String form, Meaning meaning) {
      List<Token> tokens = KbText.tokenize(form);
      if (tokens.isEmpty()) {
        return;
      }
      Node node = root;
      String[] cased = new String[tokens.size()];
      CaseRule[] rules = new CaseRule[tokens.size()];
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        node = node.next.computeIfAbsent(t.key(), x -> new Node());
        cased[k] = t.cased();
        rules[k] = KbText.ruleOf(t.cased());
      }
      node.forms.add(new Form(cased, rules, meaning, order++));
    }

    MentionIndex build() {
      sort(root);
      return new MentionIndex(root);
    }

    private static void sort(Node node) {
      node.forms.sort(BEST_FIRST);
      node.next.values().forEach(Builder::sort);
    }
  }

  /** Every non-overlapping longest match in {@code text}, left to right. */
  List<KbMention> find(String text, LocalDate date, Set<String> contextCountries) {
    List<Token> tokens = KbText.tokenize(text);
    List<KbMention> out = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Node node = root;
      int bestEnd = -1;
      Resolved best = null;
      for (int j = i; j < n; j++) {
        node = node.next.get(tokens.get(j).key());
        if (node == null) {
          break;
        }
        if (!node.forms.isEmpty()) {
          Resolved r = resolve(node.forms, tokens, i, date, contextCountries);
          if (r != null) {
            best = r;
            bestEnd = j + 1;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int start = tokens.get(i).start();
      int end = tokens.get(bestEnd - 1).end();
      out.add(new KbMention(start, end, text.substring(start, end), best.primary().kind(),
          best.primary().actor(), best.contextual()));
      i = bestEnd;
    }
    return out;
  }

  /**
   * The forms that {@code phrase} as a whole matches, best first, ignoring capitalisation except for
   * short acronyms; a leading "the" is skipped.
   */
  List<Form> lookup(String phrase, LocalDate date, Set<String> contextCountries) {
    List<Token> tokens = KbText.tokenize(phrase);
    int from = !tokens.isEmpty() && tokens.size() > 1 && tokens.get(0).key().equals("the") ? 1 : 0;
    Node node = root;
    for (int k = from; k < tokens.size() && node != null; k++) {
      node = node.next.get(tokens.get(k).key());
    }
    if (node == null || tokens.size() == from) {
      return List.of();
    }
    List<Form> hits = new ArrayList<>();
    List<Form> contextual = new ArrayList<>();
    for (Form f : node.forms) {
      if (!f.validity().contains(date) || !f.accepts(tokens, from, Capitals.IGNORED)) {
        continue;
      }
      if (f.context().isEmpty()) {
        hits.add(f);
      } else if (intersects(f.context(), contextCountries)) {
        contextual.add(f);
      }
    }
    contextual.addAll(hits);
    return contextual;
  }

  private static Resolved resolve(List<Form> forms, List<Token> tokens, int from, LocalDate date,
      Set<String> contextCountries) {
    Form plain = null;
    Form inContext = null;
    List<ContextualActor> contextual = new ArrayList<>(0);
    for (Form f : forms) {
      if (f.meaning().scan() == Scan.LOOKUP_ONLY || !f.validity().contains(date)
          || !f.accepts(tokens, from, Capitals.REQUIRED)) {
        continue;
      }
      if (f.context().isEmpty()) {
        if (plain == null) {
          plain = f;
        }
      } else {
        contextual.add(new ContextualActor(f.context(), f.actor()));
        if (inContext == null && intersects(f.context(), contextCountries)) {
          inContext = f;
        }
      }
    }
    Form primary = inContext != null ? inContext : plain;
    return primary == null ? null : new Resolved(primary, contextual);
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
