package org.eventwire.extract.entity;

import org.eventwire.model.ActorCode;
import org.eventwire.model.EntityType;

/**
 * An actor of the knowledge base as of one date: its stable key, canonical name, entity type, code
 * on that date (may be null), and home country (ISO alpha-3 or null).
 */
public record KnownActor(String key, String name, EntityType type, ActorCode code, String country) {}
