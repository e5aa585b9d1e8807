/**
 * What runs the features without knowing them: the REST application and the exception mappers every feature shares
 * ({@code ApiError}: one JSON shape for every error), startup ({@code StartupTasks} runs the features'
 * {@code StartupStep} beans in order), schema migrations (Flyway), settings, ISO codes, page paths, server timing, NUL
 * filtering of requests. Depends on the kernel ({@code catalog}) only; no feature is named here (ArchitectureTest).
 */
package org.liaisonhub.platform;
