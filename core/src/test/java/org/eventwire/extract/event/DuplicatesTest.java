package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Event;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.model.Span;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
  private static final Span SENTENCE = new Span(0, 40);

  private static Event event(EventType type, String source, String target, String trigger, double confidence) {
    return new Event(type, EventMode.ASSERTED, source, target, null, null, trigger, SENTENCE, confidence, null);
  }

  @Test
  void aSecondReadingOfOneTriggerMergesKeepingTheMoreConfident() {
    List<Event> out = new ArrayList<>();
    Event other = event(EventType.CONSULT, "kabul", "islamabad", "met", 0.8);
    Event bare = event(EventType.ASSAULT, null, "kharkiv", "struck", 0.4);
    Event full = event(EventType.ASSAULT, "russia", "kharkiv", "struck", 0.8);
    Duplicates.addOrMerge(out, bare);
    Duplicates.addOrMerge(out, other);
    Duplicates.addOrMerge(out, full);
    assertThat(out).containsExactly(full, other);
    Duplicates.addOrMerge(out, bare);
    assertThat(out).containsExactly(full, other);
  }

  @Test
  void readingsWithDifferentSourcesTargetsOrSentencesAreEventsOfTheirOwn() {
    List<Event> out = new ArrayList<>();
    Event first = event(EventType.ASSAULT, "russia", "kharkiv", "struck", 0.8);
    Event otherSource = event(EventType.ASSAULT, "belarus", "kharkiv", "struck", 0.8);
    Event otherTarget = event(EventType.ASSAULT, "russia", "kyiv", "struck", 0.8);
    Event otherSentence = new Event(EventType.ASSAULT, EventMode.ASSERTED, "russia", "kharkiv", null, null, "struck",
        new Span(41, 80), 0.8, null);
    for (Event e : List.of(first, otherSource, otherTarget, otherSentence)) {
      Duplicates.addOrMerge(out, e);
    }
    assertThat(out).containsExactly(first, otherSource, otherTarget, otherSentence);
  }

  @Test
  void anActIsStatedWhenItsSentenceCodesItBetweenTheSamePartiesInAnyWords() {
    List<Event> out = List.of(event(EventType.ACCUSE, "kabul", "islamabad", "accused", 0.8));
    assertThat(Duplicates.stated(out, event(EventType.ACCUSE, "kabul", "islamabad", "firing", 0.7))).isTrue();
    assertThat(Duplicates.stated(out, event(EventType.ACCUSE, "kabul", "tehran", "firing", 0.7))).isFalse();
    assertThat(Duplicates.stated(out, event(EventType.ACCUSE, null, "islamabad", "firing", 0.7))).isFalse();
    assertThat(Duplicates.stated(out, event(EventType.ASSAULT, "kabul", "islamabad", "firing", 0.7))).isFalse();
  }
}
