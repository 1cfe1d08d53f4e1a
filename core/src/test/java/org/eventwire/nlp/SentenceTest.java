package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The indexed edges against a plain scan of the edge list, on random graphs with several governors per token. */
class SentenceTest {
  private final Random random = new Random(11);

  @Test
  void indexedLookUpsAnswerAsAScanOfTheEdgesDoes() {
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(25);
      List<Dependency> edges = randomEdges(n);
      Sentence s = new Sentence(0, tokens(n), edges, true);
      for (int t = -1; t <= n; t++) {
        final int tok = t;
        assertThat(s.children(tok)).isEqualTo(edges.stream().filter(d -> d.governor() == tok).toList());
        assertThat(s.children(tok, "nmod")).isEqualTo(
            edges.stream().filter(d -> d.governor() == tok && d.relation().startsWith("nmod")).toList());
        assertThat(s.parentEdges(tok)).isEqualTo(edges.stream().filter(d -> d.dependent() == tok).toList());
        assertThat(s.parentEdge(tok)).isEqualTo(edges.stream().filter(d -> d.dependent() == tok).findFirst().orElse(null));
        assertThat(s.subtree(tok)).isEqualTo(reachable(edges, tok));
        if (tok >= 0 && tok < n) {
          assertThat(s.subtree(tok)).as("computed once").isSameAs(s.subtree(tok));
        }
      }
    }
  }

  @Test
  void aSubtreeCannotBeChangedByTheOneWhoAskedForIt() {
    Sentence s = new Sentence(0, tokens(2), List.of(new Dependency(-1, "root", 0), new Dependency(0, "obj", 1)), true);
    assertThat(s.subtree(0)).containsExactlyInAnyOrder(0, 1);
    assertThatThrownBy(() -> s.subtree(0).add(5)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(s.children(0)).hasSize(1);
    s.children(0).clear();
    assertThat(s.children(0)).as("a caller's list is its own").hasSize(1);
  }

  private List<Dependency> randomEdges(int n) {
    String[] rels = {"nsubj", "obj", "nmod:in", "nmod:poss", "conj:and", "acl:relcl"};
    List<Dependency> out = new ArrayList<>();
    out.add(new Dependency(-1, "root", random.nextInt(n)));
    for (int i = 0; i < n * 2; i++) {
      out.add(new Dependency(random.nextInt(n), rels[random.nextInt(rels.length)], random.nextInt(n)));
    }
    return out;
  }

  private static Set<Integer> reachable(List<Dependency> edges, int head) {
    Set<Integer> seen = new HashSet<>();
    List<Integer> todo = new ArrayList<>(List.of(head));
    while (!todo.isEmpty()) {
      int h = todo.remove(todo.size() - 1);
      if (seen.add(h)) {
        edges.stream().filter(d -> d.governor() == h).forEach(d -> todo.add(d.dependent()));
      }
    }
    return seen;
  }

  private static List<Token> tokens(int n) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Token("w" + i, "w" + i, "NN", "O", i * 3, i * 3 + 2));
    }
    return out;
  }
}
