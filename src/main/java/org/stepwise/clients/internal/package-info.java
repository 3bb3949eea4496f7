/** The client registry's domain (aggregate, value checks, access rule) and its persistence. */
@NullMarked
package org.stepwise.clients.internal;

import org.jspecify.annotations.NullMarked;
