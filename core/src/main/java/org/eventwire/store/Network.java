package org.eventwire.store;

import java.util.List;

/**
 * Actors as nodes (keyed by code, or name when they have none) and directed edges from source to
 * target with the number of unique events per type.
 */
public record Network(List<Node> nodes, List<Edge> edges) {
  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  public record Node(String key, String label, int events) {}

  public record Edge(String source, String target, String type, int weight) {}
}
