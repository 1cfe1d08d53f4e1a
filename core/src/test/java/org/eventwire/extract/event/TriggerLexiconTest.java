package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggerLexiconTest {
  private static final String HEADER = "# test\n";

  @Test
  void bundledLexiconIsLargeAndCoversEveryTypeWithTenEntries() {
    TriggerLexicon lex = TriggerLexicon.bundled();
    assertThat(lex.size()).isGreaterThanOrEqualTo(600);
    Map<EventType, Integer> counts = lex.countsByType();
    for (EventType t : EventType.values()) {
      assertThat(counts.getOrDefault(t, 0)).as("entries for %s", t).isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void bundledLexiconHasNoConflictingDuplicatesUnlessFlagged() {
    Map<String, List<Trigger>> byKey = new HashMap<>();
    for (Trigger t : TriggerLexicon.bundled().triggers()) {
      byKey.computeIfAbsent(t.key(), k -> new java.util.ArrayList<>()).add(t);
    }
    byKey.forEach((key, same) -> {
      if (same.size() > 1) {
        assertThat(same).as("entries for %s", key).allMatch(t -> t.has(TriggerFlag.AMBIGUOUS));
        assertThat(same.stream().map(Trigger::type).distinct().count()).as("types for %s", key)
            .isEqualTo(same.size());
      }
    });
  }

  @Test
  void bundledLexiconHasTheBriefsKeyExpressions() {
    TriggerLexicon lex = TriggerLexicon.bundled();
    Map<String, EventType> expected = Map.ofEntries(
        Map.entry("call on|upon", EventType.REQUEST),
        Map.entry("pull back", EventType.RETREAT),
        Map.entry("crack down on", EventType.COERCE),
        Map.entry("break off talks", EventType.REJECT),
        Map.entry("lead DET? MOD* delegation to", EventType.CONSULT),
        Map.entry("put on alert", EventType.MOBILIZE),
        Map.entry("terminate a ceasefire", EventType.REJECT),
        Map.entry("open fire on|at", EventType.ASSAULT),
        Map.entry("take hostage", EventType.ASSAULT),
        Map.entry("cut ties with", EventType.SANCTION),
        Map.entry("express solidarity", EventType.SUPPORT),
        Map.entry("share intelligence", EventType.COOPERATE));
    expected.forEach((pattern, type) -> assertThat(lex.triggers())
        .as(pattern).anyMatch(t -> t.pattern().source().equals(pattern) && t.type() == type));
  }

  @Test
  void parsesAllColumnsAndFlags() {
    TriggerLexicon lex = TriggerLexicon.parse(new StringReader(HEADER
        + "deny\tVERB\tREJECT\tdobj\tnsubj\t0.8\tspeech,negative_complement,alt:ACCUSE|THREATEN\tsome note\n"
        + "attack\tNOUN\tASSAULT\tprep:on,prep:against\tposs,prep:by\t0.7\tneeds_political_args\n"), "t.tsv");
    Trigger deny = lex.startingWith("deny").get(0);
    assertThat(deny.type()).isEqualTo(EventType.REJECT);
    assertThat(deny.target()).containsExactly("dobj");
    assertThat(deny.subjectIsSource()).isTrue();
    assertThat(deny.prior()).isEqualTo(0.8);
    assertThat(deny.flags()).containsExactlyInAnyOrder(TriggerFlag.SPEECH, TriggerFlag.NEGATIVE_COMPLEMENT);
    assertThat(deny.altTypes()).containsExactly(EventType.ACCUSE, EventType.THREATEN);
    assertThat(deny.notes()).isEqualTo("some note");
    assertThat(deny.origin()).isEqualTo("t.tsv:2");
    Trigger attack = lex.startingWith("attack").get(0);
    assertThat(attack.target()).containsExactly("prep:on", "prep:against");
    assertThat(attack.subjectIsSource()).isFalse();
    assertThat(attack.has(TriggerFlag.NEEDS_POLITICAL_ARGS)).isTrue();
  }

  @Test
  void badLineIsReportedWithFileLineAndReason() {
    String text = HEADER + "meet\tVERB\tCONSULT\tdobj\tnsubj\t0.8\t-\n" + "visit\tVERB\tVISITING\tdobj\tnsubj\t0.8\t-\n";
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader(text), "user/triggers.tsv"))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("user/triggers.tsv:3")
        .hasMessageContaining("unknown event type 'VISITING'");
  }

  @Test
  void otherMalformedLinesAreRejectedWithReasons() {
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader("meet\tVERB\tCONSULT\n"), "a.tsv"))
        .hasMessageContaining("a.tsv:1").hasMessageContaining("7 tab-separated columns");
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader("meet\tVERB\tCONSULT\tdobj\tnsubj\t1.5\t-\n"), "b.tsv"))
        .hasMessageContaining("b.tsv:1").hasMessageContaining("outside 0..1");
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader("meet\tVERB\tCONSULT\tobject\tnsubj\t0.5\t-\n"), "c.tsv"))
        .hasMessageContaining("unknown target relation 'object'");
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader("DET meet\tVERB\tCONSULT\t-\tnsubj\t0.5\t-\n"), "d.tsv"))
        .hasMessageContaining("must start and end with a lemma");
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader("meet\tVERB\tCONSULT\t-\tnsubj\t0.5\tloud\n"), "e.tsv"))
        .hasMessageContaining("unknown flag 'loud'");
  }

  @Test
  void conflictingDuplicateNeedsTheAmbiguousFlag() {
    String conflicting = "strike\tNOUN\tPROTEST\t-\tposs\t0.4\t-\nstrike\tNOUN\tASSAULT\t-\tposs\t0.5\t-\n";
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader(conflicting), "x.tsv"))
        .hasMessageContaining("x.tsv:2").hasMessageContaining("ambiguous");
    String flagged = "strike\tNOUN\tPROTEST\t-\tposs\t0.4\tambiguous\nstrike\tNOUN\tASSAULT\t-\tposs\t0.5\tambiguous\n";
    assertThat(TriggerLexicon.parse(new StringReader(flagged), "y.tsv").startingWith("strike")).hasSize(2);
    String same = "meet\tVERB\tCONSULT\t-\tnsubj\t0.4\t-\nmeet\tVERB\tCONSULT\t-\tnsubj\t0.5\t-\n";
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader(same), "z.tsv"))
        .hasMessageContaining("duplicate entry");
  }

  @Test
  void userFileOverridesRemovesAndAdds(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(TriggerLexicon.USER_FILE), HEADER
        + "visit\tVERB\tSUPPORT\tdobj\tnsubj\t0.3\t-\tlocal reading\n"
        + "praise\tVERB\tREMOVE\t-\t-\t0\t-\n"
        + "gatecrash\tVERB\tPROTEST\tdobj\tnsubj\t0.6\t-\n");
    TriggerLexicon bundled = TriggerLexicon.bundled();
    TriggerLexicon lex = TriggerLexicon.load(TriggerLexiconConfig.withUserDir(dir));
    List<Trigger> visits = lex.startingWith("visit").stream().filter(t -> t.pos() == TriggerPos.VERB
        && t.pattern().source().equals("visit")).toList();
    assertThat(visits).singleElement().satisfies(t -> {
      assertThat(t.type()).isEqualTo(EventType.SUPPORT);
      assertThat(t.origin()).startsWith(dir.resolve(TriggerLexicon.USER_FILE).toString());
    });
    assertThat(lex.startingWith("praise")).noneMatch(t -> t.pattern().source().equals("praise") && t.pos() == TriggerPos.VERB);
    assertThat(lex.startingWith("gatecrash")).singleElement().extracting(Trigger::type).isEqualTo(EventType.PROTEST);
    assertThat(lex.size()).isEqualTo(bundled.size() - 1 + 1);
  }

  @Test
  void missingUserFileMeansBundledOnly(@TempDir Path dir) {
    assertThat(TriggerLexicon.load(TriggerLexiconConfig.withUserDir(dir)).size())
        .isEqualTo(TriggerLexicon.bundled().size());
  }

  @Test
  void badUserFileNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(TriggerLexicon.USER_FILE);
    Files.writeString(file, "meet\tVERB\tCONSULT\tdobj\tnsubj\tmuch\t-\n");
    assertThatThrownBy(() -> TriggerLexicon.load(TriggerLexiconConfig.withUserDir(dir)))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining(file + ":1").hasMessageContaining("prior 'much' is not a number");
  }

  @Test
  void everyBundledEntryHasAKnownFrameAndPrior() {
    Set<String> known = Set.of("dobj", "iobj", "poss", "amod", "compound", "nsubj", "nsubjpass", "xcomp", "ccomp", "agent", "speaker");
    for (Trigger t : TriggerLexicon.bundled().triggers()) {
      assertThat(t.prior()).as(t.origin()).isBetween(0.0, 1.0);
      assertThat(t.source()).as(t.origin()).isNotEmpty();
      for (String f : t.target()) {
        assertThat(known.contains(f) || f.startsWith("prep:")).as(t.origin() + " " + f).isTrue();
      }
    }
  }
}
