package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.eventwire.ingest.FormatDetector.Compression;
import org.eventwire.ingest.FormatDetector.Detection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatDetectorTest {
  private static Detection detect(String content, String name) {
    return FormatDetector.detect(content.getBytes(StandardCharsets.UTF_8), name);
  }

  private static byte[] gzip(String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void warc() {
    assertThat(detect("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x.bin").format()).isEqualTo(InputFormat.WARC);
  }

  @Test
  void gzippedWarcIsWarcLeftCompressedForItsReader() throws IOException {
    Detection d = FormatDetector.detect(gzip("WARC/1.0\r\nWARC-Type: response\r\n"), "crawl.warc.gz");
    assertThat(d.format()).isEqualTo(InputFormat.WARC);
    assertThat(d.compression()).isEqualTo(Compression.NONE);
  }

  @Test
  void gzippedOtherFormatsAreDecompressedFirst() throws IOException {
    Detection text = FormatDetector.detect(gzip("Headline\n\nBody text."), "a.txt.gz");
    assertThat(text.format()).isEqualTo(InputFormat.TEXT);
    assertThat(text.compression()).isEqualTo(Compression.GZIP);
    Detection feed = FormatDetector.detect(gzip("<?xml version=\"1.0\"?><rss version=\"2.0\">"), "f.gz");
    assertThat(feed.format()).isEqualTo(InputFormat.FEED);
    assertThat(feed.compression()).isEqualTo(Compression.GZIP);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<rss version=\"2.0\"><channel>",
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- generated -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">",
      "\uFEFF<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
      "  \n<?xml version='1.0'?>\n<?xml-stylesheet href='s.xsl'?>\n<rss>"})
  void feeds(String start) {
    assertThat(detect(start, "whatever.txt").format()).isEqualTo(InputFormat.FEED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<!DOCTYPE html>\n<html lang=\"en\">", "<!doctype html><head>", "<html><body>", "  <head><title>x</title>",
      "<body><p>Hello</p></body>", "<p>Just a paragraph.</p>", "<!-- saved page -->\n<html>",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"})
  void html(String start) {
    assertThat(detect(start, "page").format()).isEqualTo(InputFormat.HTML);
  }

  @Test
  void jsonLinesAndJsonArrays() {
    assertThat(detect("\n{\"text\": \"x\"}\n{\"text\": \"y\"}\n", "a.txt").format()).isEqualTo(InputFormat.JSON_LINES);
    assertThat(detect("[\n  {\"text\": \"x\"}\n]", "a").format()).isEqualTo(InputFormat.JSON_LINES);
  }

  @Test
  void textIsTheRest() {
    assertThat(detect("Headline\n\n(MENAFN- X) Body.", "a.html").format()).isEqualTo(InputFormat.TEXT);
    assertThat(detect("[UPDATED] A headline in brackets", "a").format()).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void theNameDecidesOnlyWhatContentCannot() {
    assertThat(detect("<custom-element>text</custom-element>", "page.html").format()).isEqualTo(InputFormat.HTML);
    assertThat(detect("<custom-element>text</custom-element>", "notes.txt").format()).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void binaryGarbageIsRefused() {
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    Detection d = FormatDetector.detect(garbage, "photo.txt");
    assertThat(d.readable()).isFalse();
    assertThat(d.problem()).isEqualTo("not a text, HTML, feed, WARC or JSON Lines file (binary data)");
  }

  @Test
  void emptyIsRefused() {
    assertThat(FormatDetector.detect(new byte[0], "a.txt").problem()).isEqualTo("empty file");
  }

  @Test
  void windows1252TextIsText() {
    byte[] bytes = "Z\u00fcrich stays Z\u00fcrich".getBytes(CharsetDetector.WINDOWS_1252);
    assertThat(FormatDetector.detect(bytes, "a").format()).isEqualTo(InputFormat.TEXT);
  }
}
