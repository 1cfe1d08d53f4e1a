package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.ActorCode;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.model.Span;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;
import org.junit.jupiter.api.Test;

class RewritesTest {
  private static final TriggerLexicon LEX = TriggerLexicon.parse(new StringReader(
      "agree\tVERB\tAGREE\tprep:to\tnsubj\t0.8\t-\n"
      + "withdraw\tVERB\tRETREAT\tprep:from\tnsubj\t0.8\t-\n"
      + "support\tVERB\tSUPPORT\tdobj\tnsubj\t0.8\t-\n"
      + "support\tNOUN\tSUPPORT\tprep:for\tposs\t0.8\t-\n"
      + "block\tVERB\tPROTEST\tdobj\tnsubj\t0.7\talt:COERCE\n"
      + "picket\tVERB\tPROTEST\tdobj\tnsubj\t0.7\t-\n"
      + "pay\tVERB\tTHREATEN\tnsubj\tspeaker\t0.7\t-\n"
      + "strike\tVERB\tASSAULT\tdobj\tnsubj\t0.8\t-\n"), "test.tsv");
  private static final EntityIndex IDX = new EntityIndex(List.of(
      actor("rebels", "REB"), actor("army", "MIL"), actor("cabinet", "GOV"), actor("crowd", null)));

  private static Entity actor(String id, String sector) {
    return new Entity(id, id, EntityType.ORGANIZATION, List.of(), List.of(), new ActorCode("XXX", "XXX", sector),
        null, List.of());
  }

  /** A sentence of "word/TAG/lemma" items with "governor relation dependent" edges (root has governor -1). */
  private static Sentence sentence(String tagged, String... edges) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      tokens.add(new Token(p[0], p[2], p[1], "O", offset, offset + p[0].length()));
      offset += p[0].length() + 1;
    }
    List<Dependency> deps = new ArrayList<>();
    for (String e : edges) {
      String[] p = e.split(" ");
      deps.add(new Dependency(Integer.parseInt(p[0]), p[1], Integer.parseInt(p[2])));
    }
    return new Sentence(0, tokens, deps, true);
  }

  private static TriggerMatch match(String lemma, TriggerPos pos, int head) {
    Trigger t = LEX.startingWith(lemma).stream().filter(x -> x.pos() == pos).findFirst().orElseThrow();
    return new TriggerMatch(t, List.of(), head, head + 1, head, List.of(head), new Span(0, 1));
  }

  /** Re-writes in {@code s} that must not ask when it was said. */
  private static Rewrites rewrites(Sentence s) {
    return rewrites(s, () -> {
      throw new AssertionError("the date said was asked");
    });
  }

  private static Rewrites rewrites(Sentence s, Supplier<String> whenSaid) {
    return new Rewrites(IDX, new ModeClassifier(s), whenSaid);
  }

  /** The trigger's own type in the mode its grammar reads, undated. */
  private static Rewrites.Coding read(TriggerMatch m, EventMode mode) {
    return new Rewrites.Coding(m.trigger().type(), mode, null);
  }

  private static final Sentence WILL_NOT_AGREE = sentence("Moscow/NNP/Moscow will/MD/will not/RB/not agree/VB/agree",
      "3 nsubj 0", "3 aux 1", "3 advmod 2", "-1 root 3");

  @Test
  void aWillingActRefusedForTheFutureIsAnAssertedRejection() {
    TriggerMatch agree = match("agree", TriggerPos.VERB, 3);
    Rewrites.Coding c = rewrites(WILL_NOT_AGREE, () -> "2024-08-05")
        .apply(agree, List.of("moscow"), null, read(agree, EventMode.NEGATED));
    // a refusal is made when it is said
    assertThat(c).isEqualTo(new Rewrites.Coding(EventType.REJECT, EventMode.ASSERTED, "2024-08-05"));
  }

  @Test
  void refusingToSupportIsARejectionToo() {
    Sentence s = sentence("Belgrade/NNP/Belgrade would/MD/would not/RB/not recognise/VB/support them/PRP/they",
        "3 nsubj 0", "3 aux 1", "3 advmod 2", "-1 root 3", "3 obj 4");
    TriggerMatch support = match("support", TriggerPos.VERB, 3);
    Rewrites.Coding c = rewrites(s, () -> "2024-08-05").apply(support, List.of("belgrade"), "crowd",
        new Rewrites.Coding(EventType.SUPPORT, EventMode.NEGATED, "2024-07-01"));
    assertThat(c).as("a date of its own is kept").isEqualTo(new Rewrites.Coding(EventType.REJECT, EventMode.ASSERTED, "2024-07-01"));
  }

  @Test
  void aWillingActThatDidNotHappenStaysNegated() {
    Sentence s = sentence("Moscow/NNP/Moscow did/VBD/do not/RB/not agree/VB/agree",
        "3 nsubj 0", "3 aux 1", "3 advmod 2", "-1 root 3");
    TriggerMatch agree = match("agree", TriggerPos.VERB, 3);
    Rewrites.Coding c = rewrites(s).apply(agree, List.of("moscow"), null, read(agree, EventMode.NEGATED));
    assertThat(c).isEqualTo(new Rewrites.Coding(EventType.AGREE, EventMode.NEGATED, null));
  }

  /** "Nigeria will withdraw {conjunction} Chad pays", read as planned. */
  private static Rewrites.Coding withdrawal(String conjunction) {
    Sentence s = sentence("Nigeria/NNP/Nigeria will/MD/will withdraw/VB/withdraw " + conjunction + "/IN/" + conjunction
        + " Chad/NNP/Chad pays/VBZ/pay", "2 nsubj 0", "2 aux 1", "-1 root 2", "2 advcl 5", "5 mark 3", "5 nsubj 4");
    TriggerMatch withdraw = match("withdraw", TriggerPos.VERB, 2);
    return rewrites(s, () -> "2024-08-05").apply(withdraw, List.of("nigeria"), "chad", read(withdraw, EventMode.PLANNED));
  }

  @Test
  void anUnwelcomeActHeldOverSomeoneUnlessTheyComplyIsAThreat() {
    assertThat(withdrawal("unless")).isEqualTo(new Rewrites.Coding(EventType.THREATEN, EventMode.ASSERTED, "2024-08-05"));
  }

  @Test
  void anUnwelcomeActForAReasonIsNoThreat() {
    assertThat(withdrawal("because")).isEqualTo(new Rewrites.Coding(EventType.RETREAT, EventMode.PLANNED, null));
  }

  @Test
  void aRefusalHeldOverSomeoneUnlessTheyComplyIsAThreatToo() {
    // the refusal is a rejection, and a rejection held over someone is unwelcome: the rules chain
    Sentence s = sentence("Moscow/NNP/Moscow will/MD/will not/RB/not agree/VB/agree unless/IN/unless Kyiv/NNP/Kyiv "
        + "pays/VBZ/pay", "3 nsubj 0", "3 aux 1", "3 advmod 2", "-1 root 3", "3 advcl 6", "6 mark 4", "6 nsubj 5");
    TriggerMatch agree = match("agree", TriggerPos.VERB, 3);
    Rewrites.Coding c = rewrites(s, () -> "2024-08-05").apply(agree, List.of("moscow"), "kyiv", read(agree, EventMode.NEGATED));
    assertThat(c).isEqualTo(new Rewrites.Coding(EventType.THREATEN, EventMode.ASSERTED, "2024-08-05"));
  }

  private static final Sentence SUPPORTS = sentence("Kigali/NNP/Kigali supports/VBZ/support them/PRP/they",
      "1 nsubj 0", "-1 root 1", "1 obj 2");

  private static EventType supportedType(TriggerMatch support, Sentence s, String target) {
    return rewrites(s).apply(support, List.of("kigali"), target, read(support, EventMode.ASSERTED)).type();
  }

  @Test
  void verbalSupportForAnArmedGroupIsAid() {
    TriggerMatch support = match("support", TriggerPos.VERB, 1);
    assertThat(supportedType(support, SUPPORTS, "rebels")).isEqualTo(EventType.AID);
    assertThat(supportedType(support, SUPPORTS, "cabinet")).isEqualTo(EventType.SUPPORT);
    assertThat(supportedType(support, SUPPORTS, null)).isEqualTo(EventType.SUPPORT);
  }

  @Test
  void nominalSupportForAnArmedGroupStaysSupport() {
    Sentence s = sentence("Kigali/NNP/Kigali 's/POS/'s support/NN/support", "2 nmod:poss 0", "0 case 1", "-1 root 2");
    assertThat(supportedType(match("support", TriggerPos.NOUN, 2), s, "rebels")).isEqualTo(EventType.SUPPORT);
  }

  private static final Sentence BLOCKED = sentence("They/PRP/they blocked/VBD/block bridges/NNS/bridge",
      "1 nsubj 0", "-1 root 1", "1 obj 2");

  private static EventType blockedType(String lemma, List<String> sources) {
    TriggerMatch m = match(lemma, TriggerPos.VERB, 1);
    return rewrites(BLOCKED).apply(m, sources, null, read(m, EventMode.ASSERTED)).type();
  }

  @Test
  void securityForcesThatBlockCoerce() {
    assertThat(blockedType("block", List.of("crowd", "army"))).isEqualTo(EventType.COERCE);
    assertThat(blockedType("block", List.of("crowd", "rebels"))).isEqualTo(EventType.PROTEST);
  }

  @Test
  void aProtestThatCannotReadAsCoercionStaysAProtestWhoeverMakesIt() {
    assertThat(blockedType("picket", List.of("army"))).isEqualTo(EventType.PROTEST);
  }

  private static final Sentence WILL_PAY = sentence("They/PRP/they will/MD/will pay/VB/pay", "2 nsubj 0", "2 aux 1",
      "-1 root 2");

  @Test
  void aSpeakersPlannedThreatIsMadeWhenSaidAndDatedSo() {
    AtomicInteger asked = new AtomicInteger();
    TriggerMatch pay = match("pay", TriggerPos.VERB, 2);
    Rewrites.Coding c = rewrites(WILL_PAY, () -> {
      asked.incrementAndGet();
      return "2024-03-10";
    }).apply(pay, List.of("netanyahu"), "they", read(pay, EventMode.PLANNED));
    assertThat(c).isEqualTo(new Rewrites.Coding(EventType.THREATEN, EventMode.ASSERTED, "2024-03-10"));
    assertThat(asked).hasValue(1);
  }

  @Test
  void aSpeakersPlannedThreatKeepsADateOfItsOwn() {
    TriggerMatch pay = match("pay", TriggerPos.VERB, 2);
    Rewrites.Coding c = rewrites(WILL_PAY).apply(pay, List.of("netanyahu"), "they",
        new Rewrites.Coding(EventType.THREATEN, EventMode.PLANNED, "2024-03-01"));
    assertThat(c).isEqualTo(new Rewrites.Coding(EventType.THREATEN, EventMode.ASSERTED, "2024-03-01"));
  }

  @Test
  void aPlannedActOfItsSubjectStaysPlanned() {
    Sentence s = sentence("They/PRP/they will/MD/will strike/VB/strike", "2 nsubj 0", "2 aux 1", "-1 root 2");
    TriggerMatch strike = match("strike", TriggerPos.VERB, 2);
    Rewrites.Coding c = rewrites(s).apply(strike, List.of("they"), null, read(strike, EventMode.PLANNED));
    assertThat(c).isEqualTo(new Rewrites.Coding(EventType.ASSAULT, EventMode.PLANNED, null));
  }
}
