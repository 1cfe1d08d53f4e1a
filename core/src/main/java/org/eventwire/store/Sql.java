package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One connection with its prepared statements cached by SQL text, and parameter binding that handles nulls. */
final class Sql implements AutoCloseable {
  final Connection conn;
  private final Map<String, PreparedStatement> cache = new HashMap<>();

  Sql(Connection conn) {
    this.conn = conn;
  }

  /** A cached statement with {@code params} bound. */
  PreparedStatement prepare(String sql, Object... params) throws SQLException {
    PreparedStatement ps = cache.get(sql);
    if (ps == null) {
      ps = conn.prepareStatement(sql);
      cache.put(sql, ps);
    }
    bind(ps, params);
    return ps;
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null) {
        ps.setNull(i + 1, Types.VARCHAR);
      } else if (p instanceof String s) {
        ps.setString(i + 1, s);
      } else if (p instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (p instanceof Long n) {
        ps.setLong(i + 1, n);
      } else if (p instanceof Double n) {
        ps.setDouble(i + 1, n);
      } else if (p instanceof byte[] b) {
        ps.setBytes(i + 1, b);
      } else {
        throw new IllegalArgumentException("unsupported SQL parameter " + p.getClass());
      }
    }
  }

  int update(String sql, Object... params) throws SQLException {
    return prepare(sql, params).executeUpdate();
  }

  /** The first column of the first row as a long, or null when there is no row or it is null. */
  Long longValue(String sql, Object... params) throws SQLException {
    try (ResultSet rs = prepare(sql, params).executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      long v = rs.getLong(1);
      return rs.wasNull() ? null : v;
    }
  }

  String string(String sql, Object... params) throws SQLException {
    try (ResultSet rs = prepare(sql, params).executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Rows mapped one by one. */
  <T> List<T> list(String sql, RowMapper<T> m, Object... params) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet rs = prepare(sql, params).executeQuery()) {
      while (rs.next()) {
        out.add(m.map(rs));
      }
    }
    return out;
  }

  static Long nullableLong(ResultSet rs, String col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  @Override
  public void close() {
    for (PreparedStatement ps : cache.values()) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // closing anyway; the connection close below reports real trouble
      }
    }
    cache.clear();
  }
}
