package org.liaisonhub.directory.application;

import java.io.Serializable;

/** A network name as written on an entry, with the key of the resource it refers to when Liaison knows one. */
public record NetworkLink(String name, String resourceKey) implements Serializable {}
