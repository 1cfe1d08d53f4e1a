package org.eventwire.server;

import io.javalin.http.Context;

/**
 * The headers every response carries. The content security policy admits only this origin's own
 * scripts and styles and no inline code, so text from an article can never run as script even if a
 * view mistakenly inserted it as markup.
 */
final class SecurityHeaders {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }
}
