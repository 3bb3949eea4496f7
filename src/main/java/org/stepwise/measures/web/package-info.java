/** The JSON API for instruments, scoring and a client's administrations. */
@NullMarked
package org.stepwise.measures.web;

import org.jspecify.annotations.NullMarked;
