package org.eventwire.kb;

import org.eventwire.model.ActorCode;

/** An actor code and the dates on which it applies. */
public record DatedCode(ActorCode code, Validity validity) {}
