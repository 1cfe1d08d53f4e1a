package org.eventwire.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes JSON responses: field names in snake_case like the analysis contract's. */
final class Responses {
  static final String JSON = "application/json; charset=utf-8";
  private static final ObjectMapper MAPPER = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private Responses() {}

  /** Sends {@code value} (a record, map or list) as JSON with status 200. */
  static void json(Context ctx, Object value) {
    raw(ctx, 200, write(value));
  }

  /** Sends JSON text that is already serialised. */
  static void raw(Context ctx, int status, String json) {
    ctx.status(status).contentType(JSON).result(json);
  }

  /** Sends {@code {"error": message, "status": status}}. */
  static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    raw(ctx, status, write(body));
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** An ordered map from alternating keys and values, for response objects that have no record. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
