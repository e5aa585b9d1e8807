package org.liaisonhub.editorial.application;

/**
 * Which state of the entries a cached result was computed from: the number of Envers revisions and the newest
 * one. Revision ids alone are not enough in a cluster: each node takes ids from its own block of the sequence,
 * so a later write on one node may get a smaller id than an earlier one on another; the count still grows.
 */
public record ContentGeneration(long revisions, long newestRevision) {
}
