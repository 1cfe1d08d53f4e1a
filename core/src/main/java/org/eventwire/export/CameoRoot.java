package org.eventwire.export;

/** A CAMEO root ("01".."20") with its GDELT quad class (1..4) and per-root Goldstein value. */
public record CameoRoot(String code, String name, int quadClass, double goldstein) {}
