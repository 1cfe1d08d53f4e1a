package org.eventwire.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.Span;

/**
 * An article's entities and which of them each span refers to; later stages (quotes, events)
 * resolve their arguments through it, so an argument is always an entity, never a bare phrase.
 */
public final class EntityIndex {
  private final List<Entity> entities;
  private final Map<String, Entity> byId = new HashMap<>();
  private final List<Span> spans = new ArrayList<>();
  private final List<String> owners = new ArrayList<>();

  public EntityIndex(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    for (Entity e : entities) {
      byId.put(e.id(), e);
      for (Span s : e.mentions()) {
        spans.add(s);
        owners.add(e.id());
      }
    }
  }

  public List<Entity> entities() {
    return entities;
  }

  public Entity byId(String id) {
    return id == null ? null : byId.get(id);
  }

  /** The entity with a mention covering character {@code offset}, or null. */
  public String at(int offset) {
    String best = null;
    int bestLen = Integer.MAX_VALUE;
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (s.start() <= offset && offset < s.end() && s.length() < bestLen) {
        best = owners.get(i);
        bestLen = s.length();
      }
    }
    return best;
  }

  /** The entity of the mention that lies inside {@code [start, end)} and is longest, or null. */
  public String within(int start, int end) {
    String best = null;
    int bestLen = -1;
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (s.start() >= start && s.end() <= end && s.length() > bestLen) {
        best = owners.get(i);
        bestLen = s.length();
      }
    }
    return best;
  }

  /** Mentions of {@code id} inside the range, in order. */
  public List<Span> mentionsOf(String id) {
    Entity e = byId.get(id);
    return e == null ? List.of() : e.mentions();
  }

  public boolean isType(String id, EntityType type) {
    Entity e = byId(id);
    return e != null && e.type() == type;
  }
}
