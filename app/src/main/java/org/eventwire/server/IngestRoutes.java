package org.eventwire.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.store.IngestResult;
import org.eventwire.store.Store;

/**
 * {@code POST /api/ingest}: stores analysis records sent as JSON Lines, for a client that holds the
 * bearer token. A line that is not a record is reported by number and the rest are stored.
 */
final class IngestRoutes {
  private static final String BEARER = "Bearer ";
  private final Store writer;
  private final byte[] tokenDigest;

  /** @param writer the one store that writes; this class serialises its use */
  IngestRoutes(Store writer, String token) {
    this.writer = writer;
    this.tokenDigest = sha256(token);
  }

  void register(RoutesConfig r) {
    r.post("/api/ingest", this::ingest);
  }

  private void ingest(Context ctx) {
    if (!authorised(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "a valid bearer token is required");
    }
    List<AnalysisRecord> records = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    List<Map<String, Object>> failed = new ArrayList<>();
    String[] lines = ctx.body().split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        records.add(AnalysisJson.parse(lines[i]));
        lineNumbers.add(i + 1);
      } catch (IllegalArgumentException e) {
        failed.add(Responses.object("line", i + 1, "reason", e.getMessage()));
      }
    }
    if (records.isEmpty()) {
      throw ApiException.badRequest(failed.isEmpty() ? "the body holds no analysis record (JSON Lines expected)"
          : "no line is an analysis record; line " + failed.get(0).get("line") + ": " + failed.get(0).get("reason"));
    }
    List<IngestResult> results;
    synchronized (writer) {
      results = writer.putAll(records);
    }
    int added = 0;
    int known = 0;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      IngestResult res = results.get(i);
      switch (res.outcome()) {
        case ADDED -> {
          added++;
          ids.add(res.id());
        }
        case ALREADY_STORED -> known++;
        case REJECTED -> failed.add(Responses.object("line", lineNumbers.get(i), "reason", "article " + res.id() + ": " + res.reason()));
      }
    }
    Responses.json(ctx, Responses.object("added", added, "already_stored", known, "failed", failed, "ids", ids));
  }

  /** Compares digests so the time taken says nothing about the token, not even its length. */
  private boolean authorised(String header) {
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    return MessageDigest.isEqual(tokenDigest, sha256(header.substring(BEARER.length()).strip()));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
