package org.stepwise.clients;

/**
 * A section of a client's chart served by another module: the chart page shows the title and loads the section's
 * content from {@code path} (an htmx request, with a plain link as the fallback without scripts).
 *
 * @param key a stable id for the section, used as its HTML id ({@code chart-<key>})
 * @param title the heading shown above the section
 * @param path where the section's content is served, e.g. {@code /clients/{id}/measures/panel}
 * @param order lower first; the first screen shows what matters most (safety before history)
 */
public record ChartPanel(String key, String title, String path, int order) {}
