/**
 * The synthetic clinic generator (plain Java: a test keeps Spring out of it), one generator per kind of record, and the
 * demo clinic built on it. Every random choice comes from {@link org.stepwise.demo.internal.Dice}, seeded by the spec.
 */
@NullMarked
package org.stepwise.demo.internal;

import org.jspecify.annotations.NullMarked;
