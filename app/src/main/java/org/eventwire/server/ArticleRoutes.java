package org.eventwire.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.store.SearchPage;
import org.eventwire.store.SearchQuery;
import org.eventwire.store.Story;

/** {@code /api/articles}, {@code /api/articles/{id}}, {@code /api/stories/{id}} and {@code /api/stats}. */
final class ArticleRoutes {
  private static final int DEFAULT_LIMIT = 20;
  private final StorePool stores;

  ArticleRoutes(StorePool stores) {
    this.stores = stores;
  }

  void register(RoutesConfig r) {
    r.get("/api/articles", this::search);
    r.get("/api/articles/{id}", this::article);
    r.get("/api/stories/{id}", this::story);
    r.get("/api/stats", ctx -> Responses.json(ctx, stores.with(s -> s.stats())));
  }

  private void search(Context ctx) {
    Params p = new Params(ctx);
    SearchQuery q;
    try {
      q = new SearchQuery(p.text("q"), p.filters(), p.limit(DEFAULT_LIMIT), p.offset());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    SearchPage page;
    try {
      page = stores.with(s -> s.search(q));
    } catch (IllegalArgumentException e) {
      // the query syntax is checked by the store's parser: its message says what is wrong
      throw ApiException.badRequest(e.getMessage());
    }
    Responses.json(ctx, Responses.object("total", page.total(), "limit", q.limit(), "offset", q.offset(), "items", page.hits()));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    AnalysisRecord r = stores.with(s -> s.article(id))
        .orElseThrow(() -> ApiException.notFound("no article with id " + id));
    Responses.raw(ctx, 200, AnalysisJson.toLine(r));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    Story story = stores.with(s -> s.story(id)).orElseThrow(() -> ApiException.notFound("no story with id " + id));
    List<Story.Member> originals = story.articles().stream().filter(m -> m.duplicateOf() == null).toList();
    Responses.json(ctx, Responses.object("id", story.id(), "articles", story.articles(),
        "originals", originals.size(), "copies", story.articles().size() - originals.size()));
  }
}
