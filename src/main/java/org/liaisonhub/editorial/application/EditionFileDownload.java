package org.liaisonhub.editorial.application;

/** A file handed out: its name, media type and bytes. */
public record EditionFileDownload(String fileName, String mediaType, byte[] content) {}
