/**
 * Synthetic clinics: the demo clinic loaded into an empty embedded database, and clinics of any size for benchmarks,
 * generated reproducibly from a seed. Nothing here is real patient data.
 */
@NullMarked
package org.stepwise.demo;

import org.jspecify.annotations.NullMarked;
