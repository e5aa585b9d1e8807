/**
 * What runs the features without knowing them: the REST application and the exception mappers every feature shares
 * ({@code ApiError}: one JSON shape for every error), startup ({@code StartupTasks} runs the features'
 * {@code StartupStep} beans in order), schema migrations (Flyway), settings (MicroProfile Config), ISO codes, the
 * detail pages' paths (for web and REST), server timing, NUL characters in requests ({@code NulCharacters}, used by
 * the servlet and the API filter). Depends on the kernel ({@code catalog}) only; no feature is named here
 * (ArchitectureTest).
 */
package org.liaisonhub.platform;
