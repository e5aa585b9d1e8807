package org.liaisonhub.directory.application;

import java.io.Serializable;

/** One way to reach a contact point; {@code secure} marks the secure platforms. */
public record ChannelDetails(String type, String address, boolean secure) implements Serializable {}
