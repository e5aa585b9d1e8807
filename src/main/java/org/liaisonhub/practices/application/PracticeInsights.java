package org.liaisonhub.practices.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Good practices filtered by country, ICT category and challenge, with how many of them report each ICT
 * category and each challenge (every category and challenge listed, in questionnaire order, zero included),
 * and the countries there are practices from (for the filter).
 */
public record PracticeInsights(
        List<PracticeSummary> practices,
        Map<String, Long> ictCounts,
        Map<String, Long> challengeCounts,
        List<String> countries)
        implements Serializable {}
