package org.eventwire.kb;

import java.util.Set;

/** The contract's sector codes. */
final class Sectors {

  /** GOV MIL COP REB OPP LEG JUD IGO NGO MED BUS CVL REF. */
  static final Set<String> ALL =
      Set.of("GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "IGO", "NGO", "MED", "BUS", "CVL", "REF");

  private Sectors() {}
}
