/** Safety alert pages (list, chart panel, resolution) and their JSON API. */
@NullMarked
package org.stepwise.safety.web;

import org.jspecify.annotations.NullMarked;
