/**
 * Instrument definitions as data and the scoring engine: plain Java with no Spring, no Jackson and no database, so the
 * clinical rules can be read and tested on their own (an ArchUnit test keeps it that way). Generic rules (sums,
 * reversed items, sub-scales, multipliers, bands, item and total flags, sex-specific cut-offs) come from the
 * definition; the few special rules are small named classes a definition refers to ({@code "rule": "cssrs-screener"}).
 */
@NullMarked
package org.stepwise.measures.scoring;

import org.jspecify.annotations.NullMarked;
