/**
 * Storage of plans, versions, signatures and reviews; the canonical JSON and hash of a version's content; the chart
 * panel and the documentation queue's plan tasks.
 */
@NullMarked
package org.stepwise.careplan.internal;

import org.jspecify.annotations.NullMarked;
