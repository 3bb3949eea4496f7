/** Admission, chart panel, track roster pages and the episodes JSON API. */
@NullMarked
package org.stepwise.episodes.web;

import org.jspecify.annotations.NullMarked;
