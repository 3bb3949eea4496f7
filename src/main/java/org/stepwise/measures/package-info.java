/**
 * Standardized instruments (PHQ-9, GAD-7, PCL-5, AUDIT, AUDIT-C, DAST-10, C-SSRS screener, WHO-5, BAM and any a
 * clinic adds as a definition file), their scoring, and the administrations recorded for clients.
 *
 * <p>Public API: {@link org.stepwise.measures.MeasureRecording} scores and stores an administration and publishes
 * {@link org.stepwise.measures.MeasureScored}; {@link org.stepwise.measures.MeasureHistory} reads a client's
 * administrations. The scoring rules themselves are plain Java in {@code scoring}, with no Spring.
 */
@NullMarked
package org.stepwise.measures;

import org.jspecify.annotations.NullMarked;
