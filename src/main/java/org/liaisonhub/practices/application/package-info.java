/**
 * Use cases and queries for good practices and questionnaire responses; questionnaire intake
 * ({@code IntakeService}: an upload read, mapped and reviewed into a practice's content).
 */
package org.liaisonhub.practices.application;
