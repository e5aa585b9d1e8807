package org.liaisonhub.resources.domain;

/** What a network resource is. */
public enum ResourceKind {
    NETWORK,
    SECURE_CHANNEL,
    DATABASE,
    TOOL,
    WEBSITE,
    GUIDANCE
}
