package org.eventwire.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the SQL conditions of {@link Filters}: over {@code articles a} (with {@code entities} and
 * {@code events} as EXISTS subqueries) or over {@code events v} joined to {@code articles a}.
 */
final class Where {
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  static Where articles(Filters f) {
    Where w = new Where();
    if (f.actor() != null) {
      w.add("EXISTS (SELECT 1 FROM entities e WHERE e.article = a.seq AND (e.code = ? OR e.name_lc = ?))",
          f.actor().trim().toUpperCase(Locale.ROOT), lc(f.actor()));
    }
    if (f.type() != null || f.mode() != null) {
      String cond = "EXISTS (SELECT 1 FROM events v WHERE v.article = a.seq"
          + (f.type() != null ? " AND v.type = ?" : "") + (f.mode() != null ? " AND v.mode = ?" : "") + ")";
      List<Object> p = new ArrayList<>();
      if (f.type() != null) {
        p.add(f.type().name());
      }
      if (f.mode() != null) {
        p.add(f.mode().json());
      }
      w.add(cond, p.toArray());
    }
    if (f.from() != null) {
      w.add("a.day >= ?", f.from().toEpochDay());
    }
    if (f.to() != null) {
      w.add("a.day <= ?", f.to().toEpochDay());
    }
    if (f.country() != null) {
      // articles.countries lists its entities' countries between '|' (schema 3); replace() finds a
      // substring in both engines
      w.add("replace(a.countries, ?, '') <> a.countries", "|" + f.country() + "|");
    }
    provider(w, f);
    return w;
  }

  static Where events(Filters f) {
    Where w = new Where();
    if (f.actor() != null) {
      String a = f.actor().strip();
      if (ActorCodes.looksLikeCode(a)) {
        w.add("(v.source_code = ? OR v.target_code = ? OR v.source_lc = ? OR v.target_lc = ?)", a, a, lc(a), lc(a));
      } else {
        w.add("(v.source_lc = ? OR v.target_lc = ?)", lc(a), lc(a));
      }
    }
    if (f.type() != null) {
      w.add("v.type = ?", f.type().name());
    }
    if (f.mode() != null) {
      w.add("v.mode = ?", f.mode().json());
    }
    if (f.from() != null) {
      w.add("v.day_to >= ?", f.from().toEpochDay());
    }
    if (f.to() != null) {
      w.add("v.day_from <= ?", f.to().toEpochDay());
    }
    if (f.country() != null) {
      w.add("(v.source_country = ? OR v.target_country = ? OR v.place_country = ?)", f.country(), f.country(), f.country());
    }
    provider(w, f);
    return w;
  }

  /**
   * The {@code event_actors} key an actor filter looks up, or null without one: codes and names
   * share lower-cased keys, and {@link #events} then checks the exact columns.
   */
  static String actorKey(Filters f) {
    return f.actor() == null ? null : lc(f.actor());
  }

  private static void provider(Where w, Filters f) {
    if (f.provider() != null) {
      w.add("a.provider_lc = ?", lc(f.provider()));
    }
  }

  static String lc(String s) {
    return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
  }

  Where add(String condition, Object... values) {
    sql.append(" AND ").append(condition);
    params.addAll(List.of(values));
    return this;
  }

  /** This condition list followed by {@code other}'s. */
  Where and(Where other) {
    sql.append(other.sql);
    params.addAll(other.params);
    return this;
  }

  /** {@code " AND …"} for each condition, or empty. */
  String sql() {
    return sql.toString();
  }

  List<Object> params() {
    return params;
  }

  static Long day(LocalDate d) {
    return d == null ? null : d.toEpochDay();
  }
}
