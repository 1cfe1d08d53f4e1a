package org.eventwire.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventwire.model.EntityType;
import org.eventwire.model.Span;

/**
 * An entity being assembled from its mentions; mutable and confined to one article's extraction.
 * {@link EntityExtractor} turns drafts into immutable {@link org.eventwire.model.Entity} records.
 */
public final class EntityDraft {
  final String key;
  EntityType type;
  KnownActor known;
  String country;
  String sector;
  /** The organisation a person's role belongs to ("Kremlin spokesman"), for the person's code. */
  KnownActor roleAnchor;
  /** The known organisation this unknown one is an organ of ("IAEA Board of Governors"), for the code. */
  KnownActor organOf;
  /** The person whose aide or envoy this person is ("aide to President Ilham Aliyev"), for the code. */
  EntityDraft roleOf;
  final Set<String> surfaces = new LinkedHashSet<>();
  final Set<String> roles = new LinkedHashSet<>();
  final List<Mention> mentions = new ArrayList<>();

  EntityDraft(String key, Mention first) {
    this.key = key;
    this.type = first.type();
    this.known = first.known();
    this.country = first.country();
    this.sector = first.sector();
    add(first);
  }

  void add(Mention m) {
    mentions.add(m);
    if (m.kind() != Mention.Kind.PRONOUN) {
      surfaces.add(m.text());
    }
  }

  public String key() {
    return key;
  }

  public EntityType type() {
    return type;
  }

  public KnownActor known() {
    return known;
  }

  public List<Mention> mentions() {
    return mentions;
  }

  public Set<String> roles() {
    return roles;
  }

  public int firstOffset() {
    int min = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      min = Math.min(min, m.start());
    }
    return min;
  }

  List<Span> spans() {
    List<Span> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(new Span(m.start(), m.end()));
    }
    out.sort(null);
    return out;
  }

  /** The fullest form: the knowledge base's canonical name, else the longest surface form. */
  String name() {
    if (known != null && (type == known.type() || type == EntityType.ORGANIZATION)) {
      return known.name();
    }
    String best = null;
    if (type == EntityType.PERSON) {
      for (Mention m : mentions) {
        // a person is named by a proper name over a title that joined it ("the spokesman")
        if (m.kind() == Mention.Kind.NAME && (best == null || m.text().length() > best.length())) {
          best = m.text();
        }
      }
      if (best != null) {
        return best;
      }
    }
    for (String s : surfaces) {
      if (best == null || s.length() > best.length()) {
        best = s;
      }
    }
    return best;
  }
}
