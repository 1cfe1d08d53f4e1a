package org.eventwire.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.eventwire.cli.SyntheticRecords;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.store.Store;
import org.eventwire.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 concurrent clients on loopback against the search and event endpoints of a store of 2,000
 * synthetic articles, for {@code -Deventwire.load.seconds} (default 10): no request may fail.
 * Prints throughput and latency percentiles.
 */
class LoadIT {
  private static final int CLIENTS = 50;
  private static final int ARTICLES = 2000;
  private static final String[] QUERIES = {"/api/articles?q=ceasefire", "/api/articles?q=border+talks", "/api/articles?q=refugees&limit=50",
      "/api/articles?q=%22air+strike%22", "/api/events?limit=100", "/api/events?actor=Pakistan&limit=100",
      "/api/events?type=ASSAULT&unique=false&limit=100", "/api/articles?q=sanction*&country=PAK"};
  @TempDir Path dir;

  @Test
  void fiftyClientsWithoutErrors() throws Exception {
    String db = dir.resolve("load.db").toString();
    SyntheticRecords gen = new SyntheticRecords(7, ARTICLES);
    try (Store s = Stores.open(db)) {
      for (int from = 0; from < ARTICLES; from += 250) {
        List<AnalysisRecord> batch = new ArrayList<>();
        for (int i = from; i < Math.min(ARTICLES, from + 250); i++) {
          batch.add(gen.get(i));
        }
        s.putAll(batch);
      }
    }
    int seconds = Integer.getInteger("eventwire.load.seconds", 10);
    try (ApiServer server = ApiServer.start(ServerConfig.readOnly(db, 0))) {
      URI base = server.url();
      single(base);
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      AtomicLong errors = new AtomicLong();
      List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<long[]>> runs = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        runs.add(pool.submit(() -> client(base, client, deadline, errors, firstErrors)));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> f : runs) {
        for (long v : f.get()) {
          all.add(v);
        }
      }
      pool.shutdown();
      long[] lat = all.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf("LoadIT: %d clients, %d s, %d requests (%.0f/s), %d errors; latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f%n",
          CLIENTS, seconds, lat.length, lat.length / (double) seconds, errors.get(), pct(lat, 50), pct(lat, 90), pct(lat, 99),
          lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6);
      assertThat(errors.get()).as("failed requests, first: " + firstErrors).isZero();
      assertThat(lat.length).isGreaterThan(CLIENTS);
    }
  }

  private static long[] client(URI base, int client, long deadline, AtomicLong errors, List<String> firstErrors) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    long[] lat = new long[1 << 16];
    int n = 0;
    for (int i = client; System.nanoTime() < deadline && n < lat.length; i++) {
      HttpRequest req = HttpRequest.newBuilder(base.resolve(QUERIES[i % QUERIES.length])).timeout(Duration.ofSeconds(60)).build();
      long t0 = System.nanoTime();
      try {
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          fail(errors, firstErrors, req.uri() + " -> " + r.statusCode() + " " + r.body());
        }
      } catch (Exception e) {
        fail(errors, firstErrors, req.uri() + " -> " + e);
      }
      lat[n++] = System.nanoTime() - t0;
    }
    return Arrays.copyOf(lat, n);
  }

  /** One client, each query in turn after a warm-up: what a request costs without contention. */
  private static void single(URI base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    StringBuilder out = new StringBuilder("LoadIT: one client, ms per request:");
    for (String q : QUERIES) {
      HttpRequest req = HttpRequest.newBuilder(base.resolve(q)).build();
      http.send(req, HttpResponse.BodyHandlers.ofString());
      long t0 = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        assertThat(http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).as(q).isEqualTo(200);
      }
      out.append(String.format(" %s %.1f;", q, (System.nanoTime() - t0) / 5e6));
    }
    System.out.println(out);
  }

  private static void fail(AtomicLong errors, List<String> firstErrors, String what) {
    if (errors.incrementAndGet() <= 3) {
      firstErrors.add(what);
    }
  }

  private static double pct(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
