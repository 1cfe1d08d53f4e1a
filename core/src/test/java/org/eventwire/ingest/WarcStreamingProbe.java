package org.eventwire.ingest;

import static org.eventwire.ingest.WarcBytes.http;
import static org.eventwire.ingest.WarcBytes.response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Map;
import org.eventwire.model.Article;

/**
 * Run in a separate JVM with a small heap by {@link WarcReaderTest}: reads a WARC much larger than
 * that heap, generated on the fly so the generator itself holds one record at a time, and prints
 * what the reader found.
 */
final class WarcStreamingProbe {
  static final int IMAGE_BYTES = 1024 * 1024;

  private WarcStreamingProbe() {}

  public static void main(String[] args) throws IOException {
    int records = Integer.parseInt(args[0]);
    // Counts only: keeping every article or skip would itself grow with the file.
    int[] counts = new int[3];
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(Article article) {
        counts[0]++;
      }

      @Override
      public void failure(ReadFailure failure) {
        counts[2]++;
        System.out.println(failure.describe());
      }

      @Override
      public void skipped(String file, String what) {
        counts[1]++;
      }
    };
    new WarcReader(new HtmlReader()).read(new InputSource("generated.warc", () -> generated(records)), sink);
    System.out.println("articles=" + counts[0] + " skipped=" + counts[1] + " failures=" + counts[2]);
  }

  /** Every 10th record an HTML page, the others 1 MB images. */
  static InputStream generated(int records) {
    return new SequenceInputStream(new Enumeration<InputStream>() {
      private int i;

      @Override
      public boolean hasMoreElements() {
        return i < records;
      }

      @Override
      public InputStream nextElement() {
        int n = i++;
        String uri = "https://gen.example/" + n;
        if (n % 10 == 0) {
          String html = "<html><head><title>Page " + n + "</title></head><body>"
              + "<p>Generated paragraph about record number " + n + " of the stream.</p>".repeat(200) + "</body></html>";
          return new ByteArrayInputStream(WarcBytes.htmlResponse(uri, "2024-01-01T00:00:00Z", html));
        }
        byte[] image = new byte[IMAGE_BYTES];
        Arrays.fill(image, (byte) n);
        return new ByteArrayInputStream(response(uri, "2024-01-01T00:00:00Z",
            http(200, Map.of("Content-Type", "image/png"), image)));
      }
    });
  }

}
